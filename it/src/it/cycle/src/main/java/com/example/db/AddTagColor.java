package com.example.db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

@Revision(id = "1b2c3d4e5f60", revises = "3d4e5f607182", message = "add tags.color")
public final class AddTagColor implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.execute("ALTER TABLE tags ADD COLUMN color CHAR(7)");
    }

    @Override
    public void downgrade(Ops op) {
        op.execute("ALTER TABLE tags DROP COLUMN color");
    }
}
