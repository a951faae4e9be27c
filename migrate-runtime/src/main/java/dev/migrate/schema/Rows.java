package dev.migrate.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Rows for {@link dev.migrate.Ops#bulkInsert}: the column names once, then one value per column
 * for each row. The values are bound as parameters, never written into the SQL.
 *
 * <pre>{@code
 * op.bulkInsert("currencies", Rows.of("code", "name", "digits")
 *         .add("EUR", "Euro", 2)
 *         .add("JPY", "Yen", 0));
 * }</pre>
 *
 * <p>Values are given to the JDBC driver's {@code setObject}: strings, numbers, booleans, {@code
 * null}, {@code byte[]}, {@code java.time} dates and times, and UUIDs (stored as text on MySQL).
 * An {@link java.time.Instant} or {@link java.time.OffsetDateTime} is stored in UTC on MySQL. A
 * string does not go into a PostgreSQL JSONB column as is: insert JSON with {@link
 * dev.migrate.Ops#execute} and a cast there.
 * Unlike {@link Table} this is a builder: {@link #add} adds to it.
 */
public final class Rows {

    private final List<String> columns;
    private final List<List<Object>> values = new ArrayList<>();

    private Rows(List<String> columns) {
        this.columns = Identifiers.checkAll("row columns", columns);
    }

    /**
     * Rows of these columns, none yet.
     *
     * @param columns the column names, in the order the values will be given
     * @return the rows
     */
    public static Rows of(String... columns) {
        return new Rows(List.of(columns));
    }

    /**
     * Rows from maps of column name to value, as Alembic's {@code bulk_insert} takes them. Every
     * map has the same keys; the columns are taken in alphabetical order.
     *
     * @param maps the rows
     * @return the rows
     * @throws IllegalArgumentException when there are no maps or their keys differ
     */
    public static Rows fromMaps(List<? extends Map<String, ?>> maps) {
        if (maps.isEmpty()) {
            throw new IllegalArgumentException("No rows given; give at least one map, or use Rows.of(columns)");
        }
        List<String> columns = List.copyOf(new TreeSet<>(maps.get(0).keySet()));
        Rows rows = new Rows(columns);
        for (int i = 0; i < maps.size(); i++) {
            Map<String, ?> map = maps.get(i);
            if (!map.keySet().equals(maps.get(0).keySet())) {
                throw new IllegalArgumentException("Row " + (i + 1) + " has the columns " + new TreeSet<>(map.keySet())
                        + " but row 1 has " + columns + "; give every row the same columns");
            }
            Object[] row = new Object[columns.size()];
            for (int c = 0; c < row.length; c++) {
                row[c] = map.get(columns.get(c));
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * Adds one row.
     *
     * @param rowValues one value per column, in the columns' order; {@code null} for SQL {@code NULL}
     * @return these rows
     * @throws IllegalArgumentException when the number of values is not the number of columns
     */
    public Rows add(Object... rowValues) {
        Objects.requireNonNull(rowValues, "rowValues");
        if (rowValues.length != columns.size()) {
            throw new IllegalArgumentException("Row " + (values.size() + 1) + " has " + rowValues.length
                    + " values for the " + columns.size() + " columns " + columns + "; give one value per column");
        }
        values.add(Collections.unmodifiableList(new ArrayList<>(Arrays.asList(rowValues))));
        return this;
    }

    /**
     * The column names.
     *
     * @return the columns, in order
     */
    public List<String> columns() {
        return columns;
    }

    /**
     * The rows added so far.
     *
     * @return each row's values, in the columns' order
     */
    public List<List<Object>> values() {
        return Collections.unmodifiableList(values);
    }
}
