package com.example.db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

/**
 * Fails half-way, after its CREATE TABLE has committed (H2 commits DDL at once), until the build
 * passes -Dit.fixed=true: the stand-in for a revision fixed after its first run failed.
 */
@Revision(id = "b2e4d6f8a0c1", revises = "a1f0c3e5b7d9", message = "add audit")
public final class AddAudit implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.execute("CREATE TABLE IF NOT EXISTS audit (id BIGINT)");
        if (!Boolean.getBoolean("it.fixed")) {
            op.execute("INSERT INTO nowhere VALUES (1)");
        }
    }

    @Override
    public void downgrade(Ops op) {
        op.execute("DROP TABLE audit");
    }
}
