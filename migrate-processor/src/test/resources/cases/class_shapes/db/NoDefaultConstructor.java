package db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

@Revision(id = "ctor1", revises = "root")
public final class NoDefaultConstructor implements Migration {
    public NoDefaultConstructor(String name) { }
    @Override public void upgrade(Ops op) { }
    @Override public void downgrade(Ops op) { }
}
