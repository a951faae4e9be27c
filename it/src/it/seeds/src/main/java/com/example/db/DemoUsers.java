package com.example.db;

import dev.migrate.CsvRows;
import dev.migrate.Ops;
import dev.migrate.Seed;
import dev.migrate.SeedData;

/** Demo users for development, from demo_users.csv next to this class. */
@Seed(id = "demo_users", environments = {"dev", "staging"}, after = "a1f0c3e5b7d9")
public final class DemoUsers implements SeedData {
    @Override
    public void load(Ops op) {
        op.bulkInsert("users", CsvRows.read(DemoUsers.class, "demo_users.csv").column("id", Long::valueOf).rows());
    }

    @Override
    public void clean(Ops op) {
        op.execute("DELETE FROM users WHERE id >= 1000");
    }
}
