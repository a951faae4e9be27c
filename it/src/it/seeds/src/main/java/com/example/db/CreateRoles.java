package com.example.db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

@Revision(id = "b2c4e6a8d0f1", revises = "a1f0c3e5b7d9", branchLabels = "roles", message = "create roles")
public final class CreateRoles implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.execute("CREATE TABLE roles (name VARCHAR(20) PRIMARY KEY)");
    }

    @Override
    public void downgrade(Ops op) {
        op.execute("DROP TABLE roles");
    }
}
