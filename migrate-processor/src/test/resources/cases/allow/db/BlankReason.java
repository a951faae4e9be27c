package db;

import dev.migrate.Allow;
import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

@Revision(id = "a2", revises = "a1")
@Allow(value = "drop-table", reason = " ")
public final class BlankReason implements Migration {
    @Override public void upgrade(Ops op) { op.dropTable("sessions"); }
    @Override public void downgrade(Ops op) {}
}
