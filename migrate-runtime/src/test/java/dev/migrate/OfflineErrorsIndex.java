package dev.migrate;

import dev.migrate.schema.Rows;

/** Revisions that cannot be written as a script: they ask the database, or insert a value with no literal. */
public final class OfflineErrorsIndex extends ListedIndex {

    /** Called by ServiceLoader. */
    public OfflineErrorsIndex() {
        super(entry("e1", AsksForTable::new), entry("e2", UsesConnection::new), entry("e3", InsertsBytes::new));
    }

    /** tableExists up, indexExists down. */
    public static final class AsksForTable implements Migration {
        @Override
        public void upgrade(Ops op) {
            if (!op.tableExists("t")) {
                op.execute("CREATE TABLE t (id INTEGER)");
            }
        }

        @Override
        public void downgrade(Ops op) {
            if (op.indexExists("t", "ix_t")) {
                op.dropIndex("t", "ix_t");
            }
        }
    }

    /** A data migration through JDBC. */
    public static final class UsesConnection implements Migration {
        @Override
        public void upgrade(Ops op) throws Exception {
            op.connection().createStatement().execute("UPDATE t SET id = 1");
        }

        @Override
        public void downgrade(Ops op) {}
    }

    /** Bytes, which have no literal. */
    public static final class InsertsBytes implements Migration {
        @Override
        public void upgrade(Ops op) {
            op.bulkInsert("t", Rows.of("id", "data").add(1, new byte[] {1, 2}));
        }

        @Override
        public void downgrade(Ops op) {}
    }
}
