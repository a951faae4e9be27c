package com.example.db;

import dev.migrate.Allow;
import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;
import dev.migrate.schema.Column;
import dev.migrate.schema.SqlType;

@Revision(id = "2b2b2b2b2b2b", revises = "1a1a1a1a1a1a", message = "drop nickname")
@Allow(value = "drop-column", reason = "nicknames are no longer shown")
public final class DropNickname implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.dropColumn("guest", "nickname");
    }

    @Override
    public void downgrade(Ops op) {
        op.addColumn("guest", Column.of("nickname", SqlType.varchar(255)));
    }
}
