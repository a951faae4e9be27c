package dev.migrate.cli.shop;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;
import dev.migrate.schema.Column;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.Table;

/** A test revision: create payments. */
@Revision(id = "e5payments", revises = {"d4orders"}, branchLabels = {}, message = "create payments")
public final class CreatePayments implements Migration {

    @Override
    public void upgrade(Ops op) {
        op.createTable(Table.named("payments").column(Column.of("id", SqlType.BIGINT)).primaryKey("id"));
    }

    @Override
    public void downgrade(Ops op) {
        op.dropTable("payments");
    }
}
