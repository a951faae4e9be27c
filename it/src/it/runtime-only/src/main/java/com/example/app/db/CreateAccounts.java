package com.example.app.db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;
import dev.migrate.schema.Column;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.Table;

@Revision(id = "7d3e9a1b5c20", message = "create accounts")
public final class CreateAccounts implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.createTable(Table.named("accounts")
                .column(Column.of("id", SqlType.BIGINT).identity())
                .column(Column.of("owner", SqlType.varchar(80)).notNull())
                .primaryKey("id"));
    }

    @Override
    public void downgrade(Ops op) {
        op.dropTable("accounts");
    }
}
