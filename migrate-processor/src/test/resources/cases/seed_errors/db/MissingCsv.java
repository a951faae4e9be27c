package db;

import dev.migrate.CsvRows;
import dev.migrate.Ops;
import dev.migrate.Seed;
import dev.migrate.SeedData;

@Seed(id = "missing_csv", after = "u1")
public final class MissingCsv implements SeedData {
    @Override public void load(Ops op) {
        op.bulkInsert("users", CsvRows.read(MissingCsv.class, "missing.csv").rows());
    }
    @Override public void clean(Ops op) {}
}
