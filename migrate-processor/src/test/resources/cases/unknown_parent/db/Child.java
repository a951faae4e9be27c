package db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

@Revision(id = "3f2a9c1d7b04",
        revises = "1c9e0b7a5d2",
        message = "typo in revises")
public final class Child implements Migration {
    @Override public void upgrade(Ops op) { op.execute("SELECT 1"); }
    @Override public void downgrade(Ops op) { op.execute("SELECT 2"); }
}
