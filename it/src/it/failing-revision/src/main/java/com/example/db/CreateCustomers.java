package com.example.db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

@Revision(id = "a1f0c3e5b7d9", message = "create customers")
public final class CreateCustomers implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.execute("CREATE TABLE customers (id BIGINT PRIMARY KEY, email VARCHAR(255) NOT NULL)");
    }

    @Override
    public void downgrade(Ops op) {
        op.execute("DROP TABLE customers");
    }
}
