package com.example.db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

@Revision(id = "a1f0c3e5b7d9", message = "create users")
public final class CreateUsers implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.execute("CREATE TABLE users (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL)");
    }

    @Override
    public void downgrade(Ops op) {
        op.execute("DROP TABLE users");
    }
}
