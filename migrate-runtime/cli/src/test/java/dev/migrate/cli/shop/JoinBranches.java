package dev.migrate.cli.shop;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;
import dev.migrate.schema.Column;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.Table;

/** A test revision: create orders, joining the branches. */
@Revision(id = "d4orders", revises = {"b2notes", "c3tags"}, branchLabels = {}, message = "create orders, joining the branches")
public final class JoinBranches implements Migration {

    @Override
    public void upgrade(Ops op) {
        op.createTable(Table.named("orders").column(Column.of("id", SqlType.BIGINT)).primaryKey("id"));
    }

    @Override
    public void downgrade(Ops op) {
        op.dropTable("orders");
    }
}
