package com.example.db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

@Revision(id = "d1a2b3c4d5e6", message = "create orders")
public final class CreateOrders implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.execute("CREATE TABLE orders (id INT PRIMARY KEY, customer VARCHAR(200) NOT NULL)");
    }

    @Override
    public void downgrade(Ops op) {
        op.execute("DROP TABLE orders");
    }
}
