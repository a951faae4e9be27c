package com.example.db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;
import dev.migrate.schema.Column;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.Table;

@Revision(id = "1a1a1a1a1a1a", message = "create guests")
public final class CreateGuests implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.createTable(Table.named("guest")
                .column(Column.of("id", SqlType.BIGINT).notNull())
                .column(Column.of("email", SqlType.varchar(120)).notNull())
                .column(Column.of("nickname", SqlType.varchar(255)))
                .primaryKey("id"));
    }

    @Override
    public void downgrade(Ops op) {
        op.dropTable("guest");
    }
}
