package dev.migrate.internal.schema;

import dev.migrate.diff.SchemaModel;
import dev.migrate.schema.Check;
import dev.migrate.schema.Column;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.Table;
import dev.migrate.schema.Unique;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A {@link LiveSchema} as a {@link SchemaModel}: types made portable through {@link JdbcTypes},
 * and the indexes a database keeps for its constraints (a unique constraint's, MySQL's for a
 * foreign key) left out, since they come and go with the constraint.
 */
public final class ModelReader {

    private ModelReader() {}

    /**
     * The model of a schema that was read.
     *
     * @param live the schema
     * @param database the database's product name in lower case
     * @return its tables and indexes
     */
    public static SchemaModel of(LiveSchema live, String database) {
        Names names = new Names(database.equals("h2"));
        List<Table> tables = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        for (LiveSchema.Table table : live.tables().values()) {
            tables.add(table(table, database, names));
            Set<String> uniques = table.uniques().stream().map(u -> key(u.columns())).collect(Collectors.toSet());
            Set<String> keys = table.foreignKeys().stream().map(k -> k.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.toSet());
            for (LiveSchema.Index index : table.indexes()) {
                boolean backsUnique = index.unique() && uniques.contains(key(index.columns()));
                if (!backsUnique && !keys.contains(index.name().toLowerCase(Locale.ROOT))) {
                    Index model = new Index(names.of(index.name()), names.of(table.name()),
                            names.of(index.columns()), index.unique(), null, false);
                    indexes.add(model);
                }
            }
        }
        // Only the names are read: a sequence the model expects is created, and none is dropped (see SchemaDiff).
        List<dev.migrate.diff.Sequence> sequences = live.sequences().stream()
                .map(name -> new dev.migrate.diff.Sequence(names.of(name), 1, 1)).toList();
        return new SchemaModel(tables, indexes, sequences);
    }

    private static Table table(LiveSchema.Table live, String database, Names names) {
        Table table = Table.named(names.of(live.name()));
        for (LiveSchema.Column c : live.columns()) {
            Column column = Column.of(names.of(c.name()), JdbcTypes.sqlType(database, c.jdbcType(), c.typeName(), c.size(),
                    c.digits(), c.displayType())).nullable(c.nullable());
            table = table.column(c.autoIncrement() && column.type().isInteger() ? column.identity() : column);
        }
        if (live.primaryKey().isPresent()) {
            table = table.primaryKey(names.of(live.primaryKey().get().columns()).toArray(String[]::new));
        }
        for (LiveSchema.Key unique : live.uniques()) {
            table = table.unique(new Unique(names.of(unique.name()), names.of(unique.columns())));
        }
        for (LiveSchema.ForeignKey key : live.foreignKeys()) {
            table = table.foreignKey(new ForeignKey(names.of(key.name()), names.of(key.columns()),
                    names.of(key.referencedTable()), names.of(key.referencedColumns()), action(key.onDelete()), action(key.onUpdate())));
        }
        for (LiveSchema.Check check : live.checks()) {
            if (!check.clause().isBlank()) {
                table = table.check(Check.of(names.of(check.name()), check.clause()));
            }
        }
        return table;
    }

    /** No action is the default: left out, so that it compares equal to a model that says nothing. */
    private static ReferentialAction action(String rule) {
        return switch (rule) {
            case "CASCADE" -> ReferentialAction.CASCADE;
            case "SET NULL" -> ReferentialAction.SET_NULL;
            case "SET DEFAULT" -> ReferentialAction.SET_DEFAULT;
            default -> null;
        };
    }

    /**
     * Names as a revision would write them: H2 stores unquoted names upper-case, and renders a
     * lower-case name upper-case, so its upper-case names are read in lower case.
     */
    private record Names(boolean upperCase) {
        String of(String name) {
            return upperCase && name.equals(name.toUpperCase(Locale.ROOT)) ? name.toLowerCase(Locale.ROOT) : name;
        }

        List<String> of(List<String> names) {
            return names.stream().map(this::of).toList();
        }
    }

    private static String key(List<String> columns) {
        return columns.stream().map(c -> c.toLowerCase(Locale.ROOT)).collect(Collectors.joining(","));
    }
}
