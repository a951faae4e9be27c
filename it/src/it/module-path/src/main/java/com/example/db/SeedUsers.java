package com.example.db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

@Revision(id = "m2b3c4d5e6f7", revises = "m1a2b3c4d5e6", message = "seed users")
public final class SeedUsers implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.executeScript("seed_users.sql");
    }

    @Override
    public void downgrade(Ops op) {
        op.execute("DELETE FROM users");
    }
}
