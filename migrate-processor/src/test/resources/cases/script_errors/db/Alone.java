package db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;
import dev.migrate.schema.Index;

/** A concurrent index outside a transaction: fine. */
@Revision(id = "b2", revises = "b1", message = "alone", transactional = false)
public final class Alone implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.createIndex(Index.of("ix_t_b", "t", "b").concurrently());
    }

    @Override
    public void downgrade(Ops op) {
        op.dropIndex("t", "ix_t_b");
    }
}
