package db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;
import dev.migrate.schema.Index;

/** A missing script, a path the processor cannot read, and a concurrent index in a transaction. */
@Revision(id = "b1", message = "broken")
public final class Broken implements Migration {
    private static String path() {
        return "computed.sql";
    }

    @Override
    public void upgrade(Ops op) {
        op.executeScript("missing.sql");
        op.executeScript(path());
        op.createIndex(Index.of("ix_t_a", "t", "a").concurrently());
    }

    @Override
    public void downgrade(Ops op) {
        op.dropIndex("t", "ix_t_a");
    }
}
