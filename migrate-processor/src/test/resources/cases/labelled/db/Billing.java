package db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

@Revision(id = "b1", branchLabels = {"billing"}, dependsOn = "core", message = "billing base")
public final class Billing implements Migration {
    @Override public void upgrade(Ops op) { op.execute("SELECT 1"); }
    @Override public void downgrade(Ops op) { op.execute("SELECT 2"); }
}
