package dev.migrate.cli.shop;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;
import dev.migrate.schema.Column;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.Table;

/** A test revision: create notes. */
@Revision(id = "b2notes", revises = {"a1items"}, branchLabels = {"left"}, message = "create notes")
public final class CreateNotes implements Migration {

    @Override
    public void upgrade(Ops op) {
        op.createTable(Table.named("notes").column(Column.of("id", SqlType.BIGINT)).primaryKey("id"));
    }

    @Override
    public void downgrade(Ops op) {
        op.dropTable("notes");
    }

    /** What verify-revisions checks: the table is still there. */
    @Override
    public void verify(Ops op) {
        if (!op.tableExists("notes")) {
            throw new IllegalStateException("the table notes is missing");
        }
    }
}
