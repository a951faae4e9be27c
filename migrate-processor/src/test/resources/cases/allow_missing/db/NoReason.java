package db;

import dev.migrate.Allow;
import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

@Revision(id = "a5", revises = {})
@Allow("drop-column")
public final class NoReason implements Migration {
    @Override public void upgrade(Ops op) {}
    @Override public void downgrade(Ops op) {}
}
