package dev.migrate.cli.shop;

import dev.migrate.CsvRows;
import dev.migrate.Ops;
import dev.migrate.Seed;
import dev.migrate.SeedData;

/** A test seed for dev: two items from demo_items.csv. */
@Seed(id = "demo_items", environments = "dev", after = "a1items")
public final class DemoItems implements SeedData {

    @Override
    public void load(Ops op) {
        op.bulkInsert("items", CsvRows.read(DemoItems.class, "demo_items.csv").column("id", Long::valueOf).rows());
    }

    @Override
    public void clean(Ops op) {
        op.execute("DELETE FROM items WHERE id > 100");
    }
}
