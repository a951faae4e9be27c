package com.example.db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

@Revision(id = "b2c3d4e5f6a7", revises = "a1b2c3d4e5f6", message = "add orders.note")
public final class AddOrderNote implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.execute("ALTER TABLE orders ADD COLUMN note VARCHAR(255)");
    }

    @Override
    public void downgrade(Ops op) {
        op.execute("ALTER TABLE orders DROP COLUMN note");
    }
}
