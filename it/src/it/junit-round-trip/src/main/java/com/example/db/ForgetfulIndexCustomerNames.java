package com.example.db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

/** The same revision, whose downgrade forgets to drop the index (compiled by the profile forgetful). */
@Revision(id = "c3d4e5f6a1b2", revises = "b2c3d4e5f6a1", message = "index customer names")
public final class ForgetfulIndexCustomerNames implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.execute("CREATE INDEX customers_name_idx ON customers (name)");
    }

    @Override
    public void downgrade(Ops op) {
    }
}
