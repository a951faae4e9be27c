package com.example.db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

@Revision(id = "2b1c3e5a7d9f", revises = "1b0a2c4e6f8d", message = "add invoices.total")
public final class AddInvoiceTotal implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.execute("ALTER TABLE invoices ADD COLUMN total DECIMAL(12, 2)");
    }

    @Override
    public void downgrade(Ops op) {
        op.execute("ALTER TABLE invoices DROP COLUMN total");
    }
}
