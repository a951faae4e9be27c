package db;

import dev.migrate.Ops;
import dev.migrate.Seed;
import dev.migrate.SeedData;

@Seed(id = "admin", after = "users")
public final class Admin implements SeedData {
    @Override
    public void load(Ops op) {
        op.execute("INSERT INTO users (id, name) VALUES (0, 'admin')");
    }

    @Override
    public void clean(Ops op) {
        op.execute("DELETE FROM users WHERE id = 0");
    }
}
