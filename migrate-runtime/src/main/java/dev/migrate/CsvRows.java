package dev.migrate;

import dev.migrate.internal.sql.ScriptPaths;
import dev.migrate.schema.Rows;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of a CSV file next to a class, for {@link Ops#bulkInsert(String, Rows)}: what a seed
 * loads from a file rather than from code.
 *
 * <pre>{@code
 * op.bulkInsert("users", CsvRows.read(DemoUsers.class, "demo_users.csv")
 *         .column("id", Long::valueOf)
 *         .rows());
 * }</pre>
 *
 * <p>The file is UTF-8 RFC 4180 CSV (comma-separated, fields quoted with {@code "} where they hold
 * a comma, a quote or a line break) whose first record names the columns. An empty field is SQL
 * {@code NULL}; every other value is a string unless {@link #column} converts it, which columns of
 * another type need on PostgreSQL. A relative path is resolved next to the class, as {@link
 * Ops#executeScript} resolves scripts ({@code /} for the class path's root); migrate-processor
 * includes the file in the checksum of a {@link Seed} that reads it with a constant path, so
 * editing the file loads the seed again.
 *
 * <p>Needs {@code org.apache.commons:commons-csv} on the class path, an optional dependency of
 * the runtime.
 */
public final class CsvRows {

    private final String resource;
    private final List<String> columns;
    private final List<List<String>> records;
    private final Map<String, Function<String, ?>> conversions = new HashMap<>();

    private CsvRows(String resource, List<String> columns, List<List<String>> records) {
        this.resource = resource;
        this.columns = columns;
        this.records = records;
    }

    /**
     * Reads a CSV file next to a class.
     *
     * @param owner the class whose package a relative path starts from, usually the seed's
     * @param path the file, such as {@code demo_users.csv} or {@code /seeds/users.csv}
     * @return the rows
     * @throws MigrationException when the file is missing or is not CSV with a header
     */
    public static CsvRows read(Class<?> owner, String path) {
        Objects.requireNonNull(owner, "owner");
        String resource = ScriptPaths.resolve(owner.getPackageName(), Objects.requireNonNull(path, "path"));
        ClassLoader loader = owner.getClassLoader() == null ? ClassLoader.getSystemClassLoader() : owner.getClassLoader();
        try (InputStream in = open(owner, loader, resource)) {
            if (in == null) {
                throw new MigrationException("There is no CSV file " + resource + " on the class path (read next to "
                        + owner.getName() + " as \"" + path + "\"); put it in src/main/resources/" + resource);
            }
            return parse(resource, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            if (e instanceof MigrationException m) {
                throw m;
            }
            throw new MigrationException("Cannot read the CSV file " + resource + ": " + e.getMessage(), e);
        }
    }

    /** A class in a named module finds its file in its module first, as scripts are found. */
    private static InputStream open(Class<?> owner, ClassLoader loader, String resource) throws IOException {
        Module module = owner.getModule();
        InputStream in = module.isNamed() ? module.getResourceAsStream(resource) : null;
        return in != null ? in : loader.getResourceAsStream(resource);
    }

    private static CsvRows parse(String resource, Reader reader) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setNullString("")
                .setIgnoreSurroundingSpaces(false).get();
        try (CSVParser parser = format.parse(reader)) {
            List<String> columns = List.copyOf(parser.getHeaderNames());
            List<List<String>> records = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (record.size() != columns.size()) {
                    throw new MigrationException("Line " + parser.getCurrentLineNumber() + " of the CSV file " + resource
                            + " has " + record.size() + " field(s), but its header names " + columns.size()
                            + " column(s): " + String.join(", ", columns));
                }
                List<String> values = new ArrayList<>(columns.size());
                for (int i = 0; i < columns.size(); i++) {
                    values.add(record.get(i));
                }
                records.add(values);
            }
            return new CsvRows(resource, columns, records);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new MigrationException("The CSV file " + resource + " is not valid CSV with a header: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Converts a column's values, such as {@code Long::valueOf} for a {@code BIGINT} column; {@code
     * NULL}s are left as they are.
     *
     * @param column the column, as the header names it
     * @param conversion turns a field's text into the value to insert
     * @return these rows
     * @throws IllegalArgumentException when the header names no such column
     */
    public CsvRows column(String column, Function<String, ?> conversion) {
        if (!columns.contains(column)) {
            throw new IllegalArgumentException("The CSV file " + resource + " has no column \"" + column
                    + "\"; its header names " + String.join(", ", columns));
        }
        conversions.put(column, Objects.requireNonNull(conversion, "conversion"));
        return this;
    }

    /**
     * The column names, as the header gives them.
     *
     * @return the names
     */
    public List<String> columns() {
        return columns;
    }

    /**
     * The rows, converted, for {@link Ops#bulkInsert(String, Rows)}.
     *
     * @return the rows
     * @throws MigrationException when a conversion fails, naming the line and the column
     */
    public Rows rows() {
        Rows rows = Rows.of(columns.toArray(String[]::new));
        for (int r = 0; r < records.size(); r++) {
            Object[] values = new Object[columns.size()];
            for (int c = 0; c < values.length; c++) {
                String text = records.get(r).get(c);
                Function<String, ?> conversion = conversions.get(columns.get(c));
                try {
                    values[c] = text == null || conversion == null ? text : conversion.apply(text);
                } catch (RuntimeException e) {
                    throw new MigrationException("Record " + (r + 1) + " of the CSV file " + resource + ": the value \""
                            + text + "\" of column " + columns.get(c) + " cannot be converted: " + e, e);
                }
            }
            rows.add(values);
        }
        return rows;
    }
}
