package db;

import dev.migrate.Allow;
import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

@Revision(id = "a3", revises = "a2")
@Allow(value = "rename-table", reason = "no code reads it yet")
@Allow(value = "rename-column",
        reason = "")
public final class Repeated implements Migration {
    @Override public void upgrade(Ops op) { op.renameTable("a", "b"); }
    @Override public void downgrade(Ops op) {}
}
