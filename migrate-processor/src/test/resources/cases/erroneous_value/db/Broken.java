package db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

@Revision(id = Ids.MISSING)
public final class Broken implements Migration {
    @Override public void upgrade(Ops op) { }
    @Override public void downgrade(Ops op) { }
}
