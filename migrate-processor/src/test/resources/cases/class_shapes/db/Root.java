package db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

@Revision(id = "root")
public final class Root implements Migration {
    @Override public void upgrade(Ops op) { }
    @Override public void downgrade(Ops op) { }
}
