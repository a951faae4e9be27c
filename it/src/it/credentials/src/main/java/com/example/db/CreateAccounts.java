package com.example.db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

@Revision(id = "c0ffee000001", message = "create accounts")
public final class CreateAccounts implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.execute("CREATE TABLE accounts (id INT PRIMARY KEY, owner VARCHAR(100) NOT NULL)");
    }

    @Override
    public void downgrade(Ops op) {
        op.execute("DROP TABLE accounts");
    }
}
