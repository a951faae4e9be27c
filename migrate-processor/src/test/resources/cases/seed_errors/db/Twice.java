package db;

import dev.migrate.Ops;
import dev.migrate.Seed;
import dev.migrate.SeedData;

@Seed(id = "twice", after = "u1")
public final class Twice implements SeedData {
    @Override public void load(Ops op) {}
    @Override public void clean(Ops op) {}
}
