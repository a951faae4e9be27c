package db;

import dev.migrate.Allow;
import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

@Revision(id = "a1", message = "drop nickname")
@Allow(value = "drop-column", reason = "nickname unused since 1.3")
public final class DropNickname implements Migration {
    @Override public void upgrade(Ops op) { op.dropColumn("users", "nickname"); }
    @Override public void downgrade(Ops op) {}
}
