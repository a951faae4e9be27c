package com.example.db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;
import dev.migrate.schema.Index;

@Revision(id = "3c3c3c3c3c3c", revises = "2b2b2b2b2b2b", message = "index owners, forget old accounts")
public final class IndexOwners implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.createIndex(Index.of("ix_accounts_owner", "accounts", "owner"));
        op.execute("DELETE FROM accounts");
    }

    @Override
    public void downgrade(Ops op) {
        op.dropIndex("accounts", "ix_accounts_owner");
    }
}
