package com.example.db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

@Revision(id = "b2c3d4e5f6a1", revises = "a1b2c3d4e5f6", message = "create orders")
public final class CreateOrders implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.execute("CREATE TABLE orders (id INT NOT NULL PRIMARY KEY, customer_id INT NOT NULL,"
                + " CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id))");
    }

    @Override
    public void downgrade(Ops op) {
        op.execute("DROP TABLE orders");
    }
}
