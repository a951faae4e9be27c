package com.example.db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;
import dev.migrate.schema.Column;
import dev.migrate.schema.Rows;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.Table;

@Revision(id = "1f2e3d4c5b6a", message = "create accounts")
public final class CreateAccounts implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.createTable(Table.named("accounts")
                .column(Column.of("id", SqlType.INTEGER).notNull())
                .column(Column.of("owner", SqlType.varchar(80)).notNull())
                .column(Column.of("plan", SqlType.varchar(20)))
                .primaryKey("id"));
        op.bulkInsert("accounts", Rows.of("id", "owner").add(1, "Pat O'Brien").add(2, "Ana"));
    }

    @Override
    public void downgrade(Ops op) {
        op.dropTable("accounts");
    }
}
