package com.example.db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

/** Written on another branch at the same time as AddUserEmail: both revise CreateUsers. */
@Revision(id = "c9d8e7f6a5b4", revises = "a1f0c3e5b7d9", message = "create orders")
public final class CreateOrders implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.execute("CREATE TABLE orders (id BIGINT PRIMARY KEY, user_id BIGINT NOT NULL REFERENCES users (id))");
    }

    @Override
    public void downgrade(Ops op) {
        op.execute("DROP TABLE orders");
    }
}
