package dev.migrate.cli.shop;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;
import dev.migrate.schema.Column;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.Table;

/** A test revision: create items. */
@Revision(id = "a1items", revises = {}, branchLabels = {}, message = "create items")
public final class CreateItems implements Migration {

    @Override
    public void upgrade(Ops op) {
        op.createTable(Table.named("items").column(Column.of("id", SqlType.BIGINT)).primaryKey("id"));
    }

    @Override
    public void downgrade(Ops op) {
        op.dropTable("items");
    }
}
