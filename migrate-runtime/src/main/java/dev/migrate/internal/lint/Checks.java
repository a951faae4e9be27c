package dev.migrate.internal.lint;

import dev.migrate.internal.lint.Operation.Kind;
import dev.migrate.lint.Rule;
import dev.migrate.schema.AlterColumn;
import dev.migrate.schema.Column;
import dev.migrate.schema.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The rules over one revision's recorded operations. */
final class Checks {

    /**
     * A rule's finding before its severity and the revision's allowances are known.
     *
     * @param line the line of the revision's source, or 0 when not known
     */
    record Hit(Rule rule, String operation, String message, int line) {}

    private final boolean postgres;
    private final boolean mysql;
    private final InUse inUse;

    Checks(boolean postgres, boolean mysql, InUse inUse) {
        this.postgres = postgres;
        this.mysql = mysql;
        this.inUse = inUse;
    }

    List<Hit> check(List<Operation> operations) {
        // A table created in the same revision has no rows and no readers yet: no lock, no running code.
        Set<String> created = new TreeSet<>();
        operations.stream().filter(op -> op.kind() == Kind.CREATE_TABLE).forEach(op -> created.add(key(op.table())));
        List<Hit> hits = new ArrayList<>();
        for (Operation op : operations) {
            boolean existing = op.table() != null && !created.contains(key(op.table()));
            switch (op.kind()) {
                case DROP_TABLE -> {
                    hits.add(hit(Rule.DROP_TABLE, op, "drops table " + op.table()));
                    inUse.table(op, "drops table " + op.table()).ifPresent(hits::add);
                }
                case DROP_COLUMN -> {
                    hits.add(hit(Rule.DROP_COLUMN, op, "drops column "
                            + (op.name() == null ? "" : op.table() + "." + op.name())));
                    inUse.column(op, op.name(), "drops column " + op.table() + "." + op.name()).ifPresent(hits::add);
                }
                case DELETE -> {
                    if (Boolean.FALSE.equals(op.detail())) {
                        hits.add(hit(Rule.DELETE_WITHOUT_WHERE, op, "DELETE without WHERE empties table " + op.table()));
                    }
                }
                case TRUNCATE -> hits.add(hit(Rule.TRUNCATE, op, "TRUNCATE empties table " + op.table()));
                case RENAME_TABLE -> {
                    hits.add(hit(Rule.RENAME_TABLE, op, "renames table " + op.table() + " to " + op.name()));
                    inUse.table(op, "renames table " + op.table() + " to " + op.name()).ifPresent(hits::add);
                }
                case RENAME_COLUMN -> {
                    String renames = "renames column " + op.table() + "." + op.name()
                            + (op.detail() == null ? "" : " to " + op.detail());
                    hits.add(hit(Rule.RENAME_COLUMN, op, renames));
                    inUse.column(op, op.name(), renames).ifPresent(hits::add);
                }
                case ADD_COLUMN -> {
                    if (existing && notNullWithoutDefault(op.detail())) {
                        hits.add(hit(Rule.NOT_NULL_WITHOUT_DEFAULT, op, "adds a NOT NULL column without a default"
                                + " to existing table " + op.table()));
                    }
                }
                case ALTER_COLUMN -> alter(op, (AlterColumn) op.detail(), hits);
                case CREATE_INDEX -> {
                    if (postgres && existing && Boolean.FALSE.equals(op.detail())) {
                        hits.add(hit(Rule.INDEX_NOT_CONCURRENT, op, "builds an index on existing table " + op.table()
                                + " without CONCURRENTLY"));
                    }
                }
                case ADD_FOREIGN_KEY, ADD_CHECK -> {
                    if (postgres && existing && Boolean.FALSE.equals(op.detail())) {
                        hits.add(hit(Rule.CONSTRAINT_NOT_VALID, op, "adds a " + (op.kind() == Kind.ADD_CHECK ? "check"
                                : "foreign key") + " to existing table " + op.table() + " without NOT VALID"));
                    }
                }
                case UNPARSED -> hits.add(hit(Rule.UNCHECKED, op, "the SQL could not be parsed (" + op.detail()
                        + "), so no rule checked it"));
                default -> { }
            }
        }
        if (mysql) {
            Operation data = operations.stream().filter(op -> op.kind().isData()).findFirst().orElse(null);
            Operation ddl = operations.stream().filter(op -> op.kind().isDdl()).findFirst().orElse(null);
            if (data != null && ddl != null) {
                hits.add(hit(Rule.MIXED_DDL_AND_DATA, data, "changes data and the schema (" + ddl.text()
                        + ") in one revision"));
            }
        }
        return hits;
    }

    private void alter(Operation op, AlterColumn change, List<Hit> hits) {
        String column = op.table() + "." + change.column();
        if (change.newName() != null) {
            hits.add(hit(Rule.RENAME_COLUMN, op, "renames column " + column + " to " + change.newName()));
            inUse.column(op, change.column(), "renames column " + column + " to " + change.newName())
                    .ifPresent(hits::add);
        }
        if (Boolean.FALSE.equals(change.newNullable())) {
            hits.add(hit(Rule.NOT_NULL_WITHOUT_DEFAULT, op, "makes column " + column + " NOT NULL"));
        }
        SqlType old = change.existing() == null ? null : change.existing().type();
        SqlType type = change.newType();
        if (type == null || type.equals(old)) {
            return;
        }
        if (old != null && TypeChanges.narrows(old, type)) {
            hits.add(hit(Rule.NARROWING_TYPE, op, "narrows column " + column + " from " + old + " to " + type));
        }
        if (postgres && (old == null || TypeChanges.rewrites(old, type))) {
            hits.add(hit(Rule.TYPE_REWRITE, op, "changes column " + column + (old == null ? "" : " from " + old)
                    + " to " + type + ", which rewrites the table on PostgreSQL"));
        }
    }

    private static boolean notNullWithoutDefault(Object detail) {
        if (detail instanceof Column column) {
            return !column.nullable() && column.defaultValue() == null && !column.generated();
        }
        return Boolean.TRUE.equals(detail);
    }

    static Hit hit(Rule rule, Operation op, String message) {
        return new Hit(rule, op.text(), message, op.line());
    }

    private static String key(String table) {
        return table.toLowerCase(Locale.ROOT);
    }
}
