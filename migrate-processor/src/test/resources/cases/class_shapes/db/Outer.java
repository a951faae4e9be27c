package db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

public final class Outer {
    @Revision(id = "inner1", revises = "root")
    public final class InnerRevision implements Migration {
        @Override public void upgrade(Ops op) { }
        @Override public void downgrade(Ops op) { }
    }
}
