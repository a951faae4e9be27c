package db;

import dev.migrate.Seed;

@Seed(id = "not_seed_data", after = "u1")
public final class NotSeedData {
}
