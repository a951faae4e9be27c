package dev.migrate;

import dev.migrate.schema.Column;
import dev.migrate.schema.Rows;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.Table;

/** A table without a key, then a data revision that adds a row to it: run twice, it adds the row twice. */
public final class DataRevisionIndex extends ListedIndex {

    /** Called by ServiceLoader. */
    public DataRevisionIndex() {
        super(entry("d1", CreateVisits::new), entry("d2", AddVisit::new));
    }

    /** The table; no primary key, so nothing stops a second insert. */
    public static final class CreateVisits implements Migration {
        @Override
        public void upgrade(Ops op) {
            op.createTable(Table.named("visits").column(Column.of("note", SqlType.varchar(20))));
        }

        @Override
        public void downgrade(Ops op) {
            op.dropTable("visits");
        }
    }

    /** The data revision. */
    public static final class AddVisit implements Migration {
        @Override
        public void upgrade(Ops op) {
            op.bulkInsert("visits", Rows.of("note").add("first"));
        }

        @Override
        public void downgrade(Ops op) {
            op.execute("DELETE FROM visits WHERE note = 'first'");
        }
    }
}
