package com.example.db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

@Revision(id = "b2e4d6f8a0c1", revises = "a1f0c3e5b7d9", message = "add users.email")
public final class AddUserEmail implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.execute("ALTER TABLE users ADD COLUMN email VARCHAR(255)");
    }

    @Override
    public void downgrade(Ops op) {
        op.execute("ALTER TABLE users DROP COLUMN email");
    }

    // Runs right after the upgrade, in its transaction, and again read-only from migrate:verify.
    @Override
    public void verify(Ops op) {
        if (!op.columnExists("users", "email")) {
            throw new IllegalStateException("users has no column email");
        }
    }
}
