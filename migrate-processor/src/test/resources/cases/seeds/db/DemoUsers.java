package db;

import dev.migrate.CsvRows;
import dev.migrate.Ops;
import dev.migrate.Seed;
import dev.migrate.SeedData;

@Seed(id = "demo_users", environments = {"dev", "staging"}, after = "u1")
public final class DemoUsers implements SeedData {
    @Override
    public void load(Ops op) {
        op.bulkInsert("users", CsvRows.read(DemoUsers.class, "demo_users.csv").column("id", Long::valueOf).rows());
    }

    @Override
    public void clean(Ops op) {
        op.execute("DELETE FROM users");
    }
}
