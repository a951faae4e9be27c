package com.example.db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

@Revision(id = "5a4f6b8d0e2c", branchLabels = "audit", message = "create audit_log")
public final class CreateAuditLog implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.execute("CREATE TABLE audit_log (id INT PRIMARY KEY, event VARCHAR(100) NOT NULL)");
    }

    @Override
    public void downgrade(Ops op) {
        op.execute("DROP TABLE audit_log");
    }
}
