package com.example.db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;
import dev.migrate.schema.Column;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.Table;

@Revision(id = "m1a2b3c4d5e6", message = "create users")
public final class CreateUsers implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.createTable(Table.named("users")
                .column(Column.of("id", SqlType.BIGINT).notNull())
                .column(Column.of("name", SqlType.varchar(100)).notNull())
                .primaryKey("id"));
    }

    @Override
    public void downgrade(Ops op) {
        op.dropTable("users");
    }
}
