package com.example.app.db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;
import dev.migrate.schema.Column;
import dev.migrate.schema.SqlType;

@Revision(id = "8e4f0b2c6d31", revises = "7d3e9a1b5c20", message = "add accounts.balance")
public final class AddAccountsBalance implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.addColumn("accounts", Column.of("balance", SqlType.decimal(12, 2)).notNull().defaultValue(0));
    }

    @Override
    public void downgrade(Ops op) {
        op.dropColumn("accounts", "balance");
    }
}
