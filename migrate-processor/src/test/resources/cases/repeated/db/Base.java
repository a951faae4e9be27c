package db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

@Revision(id = "a1")
public final class Base implements Migration {
    @Override public void upgrade(Ops op) { op.execute("SELECT 1"); }
    @Override public void downgrade(Ops op) { op.execute("SELECT 2"); }
}
