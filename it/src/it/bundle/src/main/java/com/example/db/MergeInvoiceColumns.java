package com.example.db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

@Revision(id = "4b3e5a7c9d1f", revises = {"2b1c3e5a7d9f", "3b2d4f6a8c0e"}, message = "merge: view open_invoices over total and due_date")
public final class MergeInvoiceColumns implements Migration {
    @Override
    public void upgrade(Ops op) {
        // A script resource next to the class: the bundle must carry it, and its digest.
        op.executeScript("open_invoices.sql");
    }

    @Override
    public void downgrade(Ops op) {
        op.execute("DROP VIEW open_invoices");
    }
}
