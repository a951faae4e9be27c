package com.example.db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

@Revision(id = "e2b3c4d5e6f7", revises = "d1a2b3c4d5e6", message = "add orders.note")
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
