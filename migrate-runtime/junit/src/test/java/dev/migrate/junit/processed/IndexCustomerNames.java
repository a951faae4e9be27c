package dev.migrate.junit.processed;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;
import dev.migrate.schema.Index;

@Revision(id = "c3d4e5f6a1b2", revises = "b2c3d4e5f6a1", message = "index customer names")
public final class IndexCustomerNames implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.createIndex(Index.of("customers_name_idx", "customers", "name"));
    }

    @Override
    public void downgrade(Ops op) {
        op.dropIndex("customers", "customers_name_idx");
    }
}
