package db;

import dev.migrate.Ops;
import dev.migrate.Seed;
import dev.migrate.SeedData;

@Seed(id = "unknown_after",
        after = "nope")
public final class UnknownAfter implements SeedData {
    @Override public void load(Ops op) {}
    @Override public void clean(Ops op) {}
}
