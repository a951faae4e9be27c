package com.example.db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

@Revision(id = "d4b6f8a0c2e3", revises = "c3a5e7b9d1f2", message = "add users.phone")
public final class AddUserPhone implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.execute("ALTER TABLE users ADD COLUMN phone VARCHAR(40)");
    }

    @Override
    public void downgrade(Ops op) {
        op.execute("ALTER TABLE users DROP COLUMN phone");
    }
}
