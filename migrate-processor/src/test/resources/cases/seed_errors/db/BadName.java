package db;

import dev.migrate.Ops;
import dev.migrate.Seed;
import dev.migrate.SeedData;

@Seed(id = "bad-name", environments = {"dev", "my env"}, after = "u1")
public final class BadName implements SeedData {
    @Override public void load(Ops op) {}
    @Override public void clean(Ops op) {}
}
