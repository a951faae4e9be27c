package db;

import dev.migrate.Ops;
import dev.migrate.Seed;
import dev.migrate.SeedData;

@Seed(id = "hidden", after = "u1")
final class HiddenSeed implements SeedData {
    @Override public void load(Ops op) {}
    @Override public void clean(Ops op) {}
}
