package db;

import dev.migrate.Ops;
import dev.migrate.Seed;
import dev.migrate.SeedData;

@Seed(id = "needs_argument", after = "u1")
public final class NeedsArgument implements SeedData {
    public NeedsArgument(String name) {}
    @Override public void load(Ops op) {}
    @Override public void clean(Ops op) {}
}
