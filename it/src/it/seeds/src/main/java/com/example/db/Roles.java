package com.example.db;

import dev.migrate.Ops;
import dev.migrate.Seed;
import dev.migrate.SeedData;
import dev.migrate.schema.Rows;

/** The roles every environment has. */
@Seed(id = "roles", after = "roles")
public final class Roles implements SeedData {
    @Override
    public void load(Ops op) {
        op.bulkInsert("roles", Rows.of("name").add("admin").add("reader"));
    }

    @Override
    public void clean(Ops op) {
        op.execute("DELETE FROM roles");
    }
}
