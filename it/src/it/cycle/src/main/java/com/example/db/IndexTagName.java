package com.example.db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

@Revision(id = "3d4e5f607182", revises = "2c3d4e5f6071", message = "index tags.name")
public final class IndexTagName implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.execute("CREATE UNIQUE INDEX tags_name ON tags (name)");
    }

    @Override
    public void downgrade(Ops op) {
        op.execute("DROP INDEX tags_name");
    }
}
