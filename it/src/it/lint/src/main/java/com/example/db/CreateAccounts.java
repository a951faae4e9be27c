package com.example.db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;
import dev.migrate.schema.Column;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.Table;

@Revision(id = "1a1a1a1a1a1a", message = "create accounts")
public final class CreateAccounts implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.createTable(Table.named("accounts")
                .column(Column.of("id", SqlType.INTEGER).notNull())
                .column(Column.of("owner", SqlType.varchar(80)).notNull())
                .column(Column.of("legacy", SqlType.varchar(20)))
                .primaryKey("id"));
    }

    @Override
    public void downgrade(Ops op) {
        op.dropTable("accounts");
    }
}
