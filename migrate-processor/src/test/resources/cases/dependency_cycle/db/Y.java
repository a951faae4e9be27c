package db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

@Revision(id = "y", revises = "b0", branchLabels = "ylabel", dependsOn = "x")
public final class Y implements Migration {
    @Override public void upgrade(Ops op) { op.execute("SELECT 1"); }
    @Override public void downgrade(Ops op) { op.execute("SELECT 2"); }
}
