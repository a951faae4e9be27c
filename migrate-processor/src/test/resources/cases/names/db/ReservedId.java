package db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

@Revision(id = "Heads", revises = "abc-1")
public final class ReservedId implements Migration {
    @Override public void upgrade(Ops op) { op.execute("SELECT 1"); }
    @Override public void downgrade(Ops op) { op.execute("SELECT 2"); }
}
