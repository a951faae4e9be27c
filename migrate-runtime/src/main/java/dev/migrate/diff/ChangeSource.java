package dev.migrate.diff;

import dev.migrate.schema.Check;
import dev.migrate.schema.Column;
import dev.migrate.schema.DefaultValue;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.Table;
import dev.migrate.schema.Unique;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The Java statements of a revision's {@code upgrade} and {@code downgrade} for a list of changes,
 * written with the typed {@link dev.migrate.Ops} API, and the imports they need. The downgrade is
 * the changes' inverses in reverse order. The same changes give the same text.
 *
 * <pre>{@code
 * ChangeSource source = ChangeSource.of(SchemaDiff.between(actual, expected, "h2"));
 * source.upgrade().forEach(line -> out.println("        " + line));
 * }</pre>
 *
 * @param upgrade the upgrade's lines, without indentation of the method body
 * @param downgrade the downgrade's lines, likewise
 * @param imports the classes the lines use, fully qualified and sorted
 */
public record ChangeSource(List<String> upgrade, List<String> downgrade, SortedSet<String> imports) {

    /** Continuation lines of a statement are indented by this much more. */
    private static final String MORE = "        ";

    /** Copies the collections. */
    public ChangeSource {
        upgrade = List.copyOf(upgrade);
        downgrade = List.copyOf(downgrade);
        imports = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(imports));
    }

    /**
     * The source of changes.
     *
     * @param changes the changes, as {@link SchemaDiff#between} gives them
     * @return the upgrade's and downgrade's lines
     */
    public static ChangeSource of(List<SchemaChange> changes) {
        Writer up = new Writer();
        up.all(changes);
        Writer down = new Writer();
        down.all(SchemaDiff.inverse(changes));
        SortedSet<String> imports = new TreeSet<>(up.imports);
        imports.addAll(down.imports);
        return new ChangeSource(up.lines, down.lines, imports);
    }

    /** Writes one method's statements. */
    private static final class Writer {
        final List<String> lines = new ArrayList<>();
        final Set<String> imports = new HashSet<>();

        void all(List<SchemaChange> changes) {
            Set<String> warned = new HashSet<>();
            for (SchemaChange change : changes) {
                renameNote(change, changes, warned);
                write(change);
            }
        }

        /** Before the first drop that has an add beside it: a rename looks the same. */
        private void renameNote(SchemaChange change, List<SchemaChange> changes, Set<String> warned) {
            if (change instanceof SchemaChange.DropColumn drop && warned.add("column " + lower(drop.table()))
                    && changes.stream().anyMatch(c -> c instanceof SchemaChange.AddColumn add
                    && add.table().equalsIgnoreCase(drop.table()))) {
                lines.add("// A renamed column cannot be told from a dropped and an added one: if a column of "
                        + drop.table() + " was renamed,");
                lines.add("// replace its drop and add with op.alterColumn(table, AlterColumn.of(\"old\").renameTo(\"new\"))"
                        + " to keep its data.");
            }
            if (change instanceof SchemaChange.DropTable && warned.add("table")
                    && changes.stream().anyMatch(c -> c instanceof SchemaChange.CreateTable)) {
                lines.add("// A renamed table cannot be told from a dropped and a created one: if a table was renamed,");
                lines.add("// replace its drop and create with op.renameTable(\"old\", \"new\") to keep its rows.");
            }
        }

        private void write(SchemaChange change) {
            if (change instanceof SchemaChange.CreateTable c) {
                table(c.definition());
                c.indexes().forEach(i -> lines.add("op.createIndex(" + index(i) + ");"));
                c.initSql().forEach(sql -> lines.add("op.execute(" + q(sql) + ");"));
            } else if (change instanceof SchemaChange.DropTable d) {
                lines.add("op.dropTable(" + q(d.table()) + ");");
            } else if (change instanceof SchemaChange.AddColumn a) {
                lines.add("op.addColumn(" + q(a.table()) + ", " + column(a.column()) + ");");
            } else if (change instanceof SchemaChange.DropColumn d) {
                lines.add("op.dropColumn(" + q(d.table()) + ", " + q(d.column().name()) + ");");
            } else if (change instanceof SchemaChange.ChangeColumn c) {
                use("dev.migrate.schema.AlterColumn");
                String alter = "AlterColumn.of(" + column(c.from()) + ")";
                if (c.alteration().newType() != null) {
                    alter += ".type(" + type(c.to().type()) + ")";
                }
                if (c.alteration().newNullable() != null) {
                    alter += ".nullable(" + c.to().nullable() + ")";
                }
                lines.add("op.alterColumn(" + q(c.table()) + ", " + alter + ");");
            } else if (change instanceof SchemaChange.CreateIndex c) {
                lines.add("op.createIndex(" + index(c.index()) + ");");
            } else if (change instanceof SchemaChange.DropIndex d) {
                lines.add("op.dropIndex(" + q(d.table()) + ", " + q(d.index().name()) + ");");
            } else if (change instanceof SchemaChange.AddUnique a) {
                lines.add("op.addUnique(" + q(a.table()) + ", " + unique(a.unique()) + ");");
            } else if (change instanceof SchemaChange.DropUnique d) {
                lines.add("op.dropUnique(" + q(d.table()) + ", " + q(d.unique().name()) + ");");
            } else if (change instanceof SchemaChange.AddForeignKey a) {
                lines.add("op.addForeignKey(" + q(a.table()) + ", " + key(a.key()) + ");");
            } else if (change instanceof SchemaChange.DropForeignKey d) {
                lines.add("op.dropForeignKey(" + q(d.table()) + ", " + q(d.key().name()) + ");");
            } else if (change instanceof SchemaChange.CreateSequence c) {
                lines.add("op.execute(" + q(c.sequence().createSql()) + ");");
            } else if (change instanceof SchemaChange.DropSequence d) {
                lines.add("op.execute(" + q(d.sequence().dropSql()) + ");");
            } else {
                lines.add("// Not generated: " + change.difference() + "; change it by hand if it should change.");
            }
        }

        private void table(Table table) {
            use("dev.migrate.schema.Table");
            lines.add("op.createTable(Table.named(" + q(table.name()) + ")");
            for (Column column : table.columns()) {
                lines.add(MORE + ".column(" + column(column) + ")");
            }
            if (!table.primaryKey().isEmpty()) {
                lines.add(MORE + ".primaryKey(" + strings(table.primaryKey()) + ")");
            }
            table.uniques().forEach(u -> lines.add(MORE + ".unique(" + unique(u) + ")"));
            table.foreignKeys().forEach(k -> lines.add(MORE + ".foreignKey(" + key(k) + ")"));
            for (Check check : table.checks()) {
                use("dev.migrate.schema.Check");
                lines.add(MORE + ".check(Check.of(" + q(check.name()) + ", " + q(check.condition()) + "))");
            }
            lines.set(lines.size() - 1, lines.get(lines.size() - 1) + ");");
        }

        private String column(Column column) {
            use("dev.migrate.schema.Column");
            StringBuilder text = new StringBuilder("Column.of(").append(q(column.name())).append(", ")
                    .append(type(column.type())).append(')');
            if (column.generated()) {
                text.append(".identity()");
            } else if (!column.nullable()) {
                text.append(".notNull()");
            }
            DefaultValue value = column.defaultValue();
            if (value != null && value.kind() == DefaultValue.Kind.CURRENT_TIMESTAMP) {
                use("dev.migrate.schema.DefaultValue");
                text.append(".defaultValue(DefaultValue.currentTimestamp())");
            } else if (value != null && value.kind() == DefaultValue.Kind.EXPRESSION) {
                use("dev.migrate.schema.DefaultValue");
                text.append(".defaultValue(DefaultValue.expression(").append(q(value.expression())).append("))");
            }
            return text.toString();
        }

        private String type(SqlType type) {
            use("dev.migrate.schema.SqlType");
            return switch (type.kind()) {
                case VARCHAR -> "SqlType.varchar(" + type.length() + ")";
                case DECIMAL -> "SqlType.decimal(" + type.precision() + ", " + type.scale() + ")";
                case RAW -> "SqlType.raw(" + q(type.sql()) + ")";
                default -> "SqlType." + type.kind().name();
            };
        }

        private String index(Index index) {
            use("dev.migrate.schema.Index");
            return "Index.of(" + q(index.name()) + ", " + q(index.table()) + ", " + strings(index.columns()) + ")"
                    + (index.isUnique() ? ".unique()" : "");
        }

        private String unique(Unique unique) {
            use("dev.migrate.schema.Unique");
            return "Unique.of(" + strings(unique.columns()) + ")" + (unique.name() == null ? ""
                    : ".named(" + q(unique.name()) + ")");
        }

        private String key(ForeignKey key) {
            use("dev.migrate.schema.ForeignKey");
            String text = key.columns().size() == 1
                    ? "ForeignKey.of(" + q(key.columns().get(0)) + ", " + q(key.referencedTable()) + ", "
                            + q(key.referencedColumns().get(0)) + ")"
                    : "ForeignKey.of(List.of(" + strings(key.columns()) + "), " + q(key.referencedTable()) + ", List.of("
                            + strings(key.referencedColumns()) + "))";
            if (key.columns().size() > 1) {
                use("java.util.List");
            }
            if (key.name() != null) {
                text += ".named(" + q(key.name()) + ")";
            }
            if (key.onDelete() != null) {
                use("dev.migrate.schema.ReferentialAction");
                text += ".onDelete(ReferentialAction." + key.onDelete().name() + ")";
            }
            if (key.onUpdate() != null) {
                use("dev.migrate.schema.ReferentialAction");
                text += ".onUpdate(ReferentialAction." + key.onUpdate().name() + ")";
            }
            return text;
        }

        private void use(String className) {
            imports.add(className);
        }

        private static String strings(List<String> values) {
            return String.join(", ", values.stream().map(Writer::q).toList());
        }

        private static String lower(String name) {
            return name.toLowerCase(Locale.ROOT);
        }

        /** A Java string literal. */
        private static String q(String value) {
            StringBuilder text = new StringBuilder("\"");
            for (char c : value.toCharArray()) {
                switch (c) {
                    case '"' -> text.append("\\\"");
                    case '\\' -> text.append("\\\\");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    case '\t' -> text.append("\\t");
                    default -> text.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
                }
            }
            return text.append('"').toString();
        }
    }
}
