package com.example.db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

@Revision(id = "1b0a2c4e6f8d", branchLabels = "billing", message = "create invoices")
public final class CreateInvoices implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.execute("CREATE TABLE invoices (id INT PRIMARY KEY, number VARCHAR(20) NOT NULL)");
    }

    @Override
    public void downgrade(Ops op) {
        op.execute("DROP TABLE invoices");
    }
}
