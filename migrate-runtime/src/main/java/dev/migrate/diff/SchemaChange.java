package dev.migrate.diff;

import dev.migrate.Ops;
import dev.migrate.schema.AlterColumn;
import dev.migrate.schema.Column;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.Table;
import dev.migrate.schema.Unique;
import java.util.List;

/**
 * One change that brings a schema closer to its model, as one or a few {@link Ops} calls, with
 * its inverse. Objects that exist are given whole (a dropped column with its type), so that the
 * inverse can make them again.
 */
public sealed interface SchemaChange {

    /**
     * The table the change is on.
     *
     * @return its name
     */
    String table();

    /**
     * The change that undoes this one.
     *
     * @return the inverse
     */
    SchemaChange inverse();

    /**
     * What differs, in a drift report's words: this change is what the model expects over what
     * the database has.
     *
     * @return the difference
     */
    Difference difference();

    /**
     * Runs the change.
     *
     * @param op the operations of a revision
     */
    void applyTo(Ops op);

    /**
     * A new table, with its indexes.
     *
     * @param definition the table
     * @param indexes its indexes
     * @param initSql statements to run after it is created, such as the first row of an ORM's id table
     */
    record CreateTable(Table definition, List<Index> indexes, List<String> initSql) implements SchemaChange {
        /** Copies the lists. */
        public CreateTable {
            indexes = List.copyOf(indexes);
            initSql = List.copyOf(initSql);
        }

        /**
         * A new table without statements to run after it.
         *
         * @param definition the table
         * @param indexes its indexes
         */
        public CreateTable(Table definition, List<Index> indexes) {
            this(definition, indexes, List.of());
        }

        @Override
        public String table() {
            return definition.name();
        }

        @Override
        public SchemaChange inverse() {
            return new DropTable(definition, indexes);
        }

        @Override
        public Difference difference() {
            return new Difference(table(), "table", "present", "missing");
        }

        @Override
        public void applyTo(Ops op) {
            op.createTable(definition);
            indexes.forEach(op::createIndex);
            initSql.forEach(op::execute);
        }
    }

    /**
     * A table the model does not have.
     *
     * @param definition the table as it is, for the inverse
     * @param indexes its indexes as they are
     */
    record DropTable(Table definition, List<Index> indexes) implements SchemaChange {
        /** Copies the list. */
        public DropTable {
            indexes = List.copyOf(indexes);
        }

        @Override
        public String table() {
            return definition.name();
        }

        @Override
        public SchemaChange inverse() {
            return new CreateTable(definition, indexes);
        }

        @Override
        public Difference difference() {
            return new Difference(table(), "table", "missing", "present");
        }

        @Override
        public void applyTo(Ops op) {
            op.dropTable(definition.name());
        }
    }

    /**
     * A new column.
     *
     * @param table the table
     * @param column the column
     */
    record AddColumn(String table, Column column) implements SchemaChange {
        @Override
        public SchemaChange inverse() {
            return new DropColumn(table, column);
        }

        @Override
        public Difference difference() {
            return new Difference(table, "column " + column.name(), Columns.describe(column), "missing");
        }

        @Override
        public void applyTo(Ops op) {
            op.addColumn(table, column);
        }
    }

    /**
     * A column the model does not have.
     *
     * @param table the table
     * @param column the column as it is, for the inverse
     */
    record DropColumn(String table, Column column) implements SchemaChange {
        @Override
        public SchemaChange inverse() {
            return new AddColumn(table, column);
        }

        @Override
        public Difference difference() {
            return new Difference(table, "column " + column.name(), "missing", Columns.describe(column));
        }

        @Override
        public void applyTo(Ops op) {
            op.dropColumn(table, column.name());
        }
    }

    /**
     * A column whose type or nullability differs.
     *
     * @param table the table
     * @param from the column as it is
     * @param to the column as the model has it
     */
    record ChangeColumn(String table, Column from, Column to) implements SchemaChange {
        @Override
        public SchemaChange inverse() {
            return new ChangeColumn(table, to, from);
        }

        @Override
        public Difference difference() {
            return new Difference(table, "column " + from.name(), Columns.describe(to), Columns.describe(from));
        }

        /**
         * The change as {@link Ops#alterColumn} takes it.
         *
         * @return the type and nullability that differ, on the column as it is
         */
        public AlterColumn alteration() {
            AlterColumn change = AlterColumn.of(from);
            if (!from.type().equals(to.type())) {
                change = change.type(to.type());
            }
            return from.nullable() == to.nullable() ? change : change.nullable(to.nullable());
        }

        @Override
        public void applyTo(Ops op) {
            op.alterColumn(table, alteration());
        }
    }

    /**
     * A new index.
     *
     * @param index the index
     */
    record CreateIndex(Index index) implements SchemaChange {
        @Override
        public String table() {
            return index.table();
        }

        @Override
        public SchemaChange inverse() {
            return new DropIndex(index);
        }

        @Override
        public Difference difference() {
            return new Difference(table(), Columns.describe(index), "present", "missing");
        }

        @Override
        public void applyTo(Ops op) {
            op.createIndex(index);
        }
    }

    /**
     * An index the model does not have.
     *
     * @param index the index as it is
     */
    record DropIndex(Index index) implements SchemaChange {
        @Override
        public String table() {
            return index.table();
        }

        @Override
        public SchemaChange inverse() {
            return new CreateIndex(index);
        }

        @Override
        public Difference difference() {
            return new Difference(table(), Columns.describe(index), "missing", "present");
        }

        @Override
        public void applyTo(Ops op) {
            op.dropIndex(index.table(), index.name());
        }
    }

    /**
     * A new unique constraint.
     *
     * @param table the table
     * @param unique the constraint, named
     */
    record AddUnique(String table, Unique unique) implements SchemaChange {
        @Override
        public SchemaChange inverse() {
            return new DropUnique(table, unique);
        }

        @Override
        public Difference difference() {
            return new Difference(table, Columns.describe(unique), "present", "missing");
        }

        @Override
        public void applyTo(Ops op) {
            op.addUnique(table, unique);
        }
    }

    /**
     * A unique constraint the model does not have.
     *
     * @param table the table
     * @param unique the constraint as it is, named
     */
    record DropUnique(String table, Unique unique) implements SchemaChange {
        @Override
        public SchemaChange inverse() {
            return new AddUnique(table, unique);
        }

        @Override
        public Difference difference() {
            return new Difference(table, Columns.describe(unique), "missing", "present");
        }

        @Override
        public void applyTo(Ops op) {
            op.dropUnique(table, unique.name());
        }
    }

    /**
     * A new foreign key.
     *
     * @param table the referencing table
     * @param key the foreign key, named
     */
    record AddForeignKey(String table, ForeignKey key) implements SchemaChange {
        @Override
        public SchemaChange inverse() {
            return new DropForeignKey(table, key);
        }

        @Override
        public Difference difference() {
            return new Difference(table, Columns.describe(key), "present", "missing");
        }

        @Override
        public void applyTo(Ops op) {
            op.addForeignKey(table, key);
        }
    }

    /**
     * A foreign key the model does not have.
     *
     * @param table the referencing table
     * @param key the foreign key as it is, named
     */
    record DropForeignKey(String table, ForeignKey key) implements SchemaChange {
        @Override
        public SchemaChange inverse() {
            return new AddForeignKey(table, key);
        }

        @Override
        public Difference difference() {
            return new Difference(table, Columns.describe(key), "missing", "present");
        }

        @Override
        public void applyTo(Ops op) {
            op.dropForeignKey(table, key.name());
        }
    }

    /**
     * A new sequence, made with plain SQL ({@link Sequence#createSql()}).
     *
     * @param sequence the sequence
     */
    record CreateSequence(Sequence sequence) implements SchemaChange {
        @Override
        public String table() {
            return sequence.name();
        }

        @Override
        public SchemaChange inverse() {
            return new DropSequence(sequence);
        }

        @Override
        public Difference difference() {
            return new Difference(table(), "sequence", "present", "missing");
        }

        @Override
        public void applyTo(Ops op) {
            op.execute(sequence.createSql());
        }
    }

    /**
     * A sequence to drop: only the inverse of {@link CreateSequence}, since a sequence the model
     * lacks is left alone (databases make their own for identity columns).
     *
     * @param sequence the sequence
     */
    record DropSequence(Sequence sequence) implements SchemaChange {
        @Override
        public String table() {
            return sequence.name();
        }

        @Override
        public SchemaChange inverse() {
            return new CreateSequence(sequence);
        }

        @Override
        public Difference difference() {
            return new Difference(table(), "sequence", "missing", "present");
        }

        @Override
        public void applyTo(Ops op) {
            op.execute(sequence.dropSql());
        }
    }

    /**
     * A difference no operation is written for, such as another primary key: reported, and left
     * to the author of the revision.
     *
     * @param table the table
     * @param object what differs
     * @param expected what the model says
     * @param actual what the database has
     */
    record Unsupported(String table, String object, String expected, String actual) implements SchemaChange {
        @Override
        public SchemaChange inverse() {
            return new Unsupported(table, object, actual, expected);
        }

        @Override
        public Difference difference() {
            return new Difference(table, object, expected, actual);
        }

        @Override
        public void applyTo(Ops op) {
            // Nothing: the revision's author decides.
        }
    }
}
