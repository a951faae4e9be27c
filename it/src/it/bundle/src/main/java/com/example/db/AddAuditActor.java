package com.example.db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

@Revision(id = "6a5b7c9e1f3d", revises = "5a4f6b8d0e2c", message = "add audit_log.actor")
public final class AddAuditActor implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.execute("ALTER TABLE audit_log ADD COLUMN actor VARCHAR(50)");
    }

    @Override
    public void downgrade(Ops op) {
        op.execute("ALTER TABLE audit_log DROP COLUMN actor");
    }
}
