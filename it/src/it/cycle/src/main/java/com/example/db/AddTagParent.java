package com.example.db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

@Revision(id = "2c3d4e5f6071", revises = "1b2c3d4e5f60", message = "add tags.parent_id")
public final class AddTagParent implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.execute("ALTER TABLE tags ADD COLUMN parent_id INT");
    }

    @Override
    public void downgrade(Ops op) {
        op.execute("ALTER TABLE tags DROP COLUMN parent_id");
    }
}
