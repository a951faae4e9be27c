package db;

import dev.migrate.Allow;
import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

@Revision(id = "a4", revises = "a3")
@Allow(value = "drop-everything", reason = "spring cleaning")
public final class UnknownRule implements Migration {
    @Override public void upgrade(Ops op) {}
    @Override public void downgrade(Ops op) {}
}
