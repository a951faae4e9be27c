package com.example.db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

@Revision(id = "3b2d4f6a8c0e", revises = "1b0a2c4e6f8d", message = "add invoices.due_date")
public final class AddInvoiceDueDate implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.execute("ALTER TABLE invoices ADD COLUMN due_date DATE");
    }

    @Override
    public void downgrade(Ops op) {
        op.execute("ALTER TABLE invoices DROP COLUMN due_date");
    }
}
