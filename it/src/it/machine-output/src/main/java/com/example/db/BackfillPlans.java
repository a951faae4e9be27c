package com.example.db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

@Revision(id = "2a3b4c5d6e7f", revises = "1f2e3d4c5b6a", message = "backfill plans", transactional = false)
public final class BackfillPlans implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.execute("UPDATE accounts SET plan = 'free' WHERE plan IS NULL");
    }

    @Override
    public void downgrade(Ops op) {
        op.execute("UPDATE accounts SET plan = NULL");
    }
}
