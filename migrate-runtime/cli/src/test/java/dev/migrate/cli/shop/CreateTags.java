package dev.migrate.cli.shop;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;
import dev.migrate.schema.Column;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.Table;

/** A test revision: create tags. */
@Revision(id = "c3tags", revises = {"a1items"}, branchLabels = {"right"}, message = "create tags")
public final class CreateTags implements Migration {

    @Override
    public void upgrade(Ops op) {
        op.createTable(Table.named("tags").column(Column.of("id", SqlType.BIGINT)).primaryKey("id"));
    }

    @Override
    public void downgrade(Ops op) {
        op.dropTable("tags");
    }
}
