package com.example.db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

@Revision(id = "c3a5e7b9d1f2", revises = "b2e4d6f8a0c1", message = "index users.email")
public final class IndexUserEmail implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.execute("CREATE INDEX users_email ON users (email)");
    }

    @Override
    public void downgrade(Ops op) {
        op.execute("DROP INDEX users_email");
    }
}
