package dev.migrate;

import dev.migrate.schema.Column;
import dev.migrate.schema.Rows;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.Table;

/** Two small revisions for the golden offline scripts: one transactional, one not. */
public final class OfflineGoldenIndex extends ListedIndex {

    /** Called by ServiceLoader. */
    public OfflineGoldenIndex() {
        super(entry("g1", CreateNotes::new), nonTransactional("g2", Backfill::new));
    }

    /** A table and a row whose text needs escaping. */
    public static final class CreateNotes implements Migration {
        @Override
        public void upgrade(Ops op) {
            op.createTable(Table.named("notes")
                    .column(Column.of("id", SqlType.INTEGER).notNull())
                    .column(Column.of("body", SqlType.varchar(100)))
                    .primaryKey("id"));
            op.bulkInsert("notes", Rows.of("id", "body").add(1, "it's a \\ backslash; -- not a comment").add(2, null));
        }

        @Override
        public void downgrade(Ops op) {
            op.dropTable("notes");
        }
    }

    /** Plain SQL, its terminator left in. */
    public static final class Backfill implements Migration {
        @Override
        public void upgrade(Ops op) {
            op.execute("UPDATE notes SET body = 'empty' WHERE body IS NULL;");
        }

        @Override
        public void downgrade(Ops op) {
            op.execute("UPDATE notes SET body = NULL WHERE body = 'empty'");
        }
    }
}
