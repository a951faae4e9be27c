package db;

import dev.migrate.Allow;
import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

@Revision(id = "b1", message = "drop email")
@Allow(value = "drop-column", reason = "email moved to contacts in 2.0")
@Allow(value = "drop-column-in-use", reason = "Guest.email is @Transient since 2.0")
@Allow(value = "drop-table-in-use", reason = "and the table too")
public final class DropEmailInUse implements Migration {
    @Override public void upgrade(Ops op) { op.dropColumn("guest", "email"); }
    @Override public void downgrade(Ops op) {}
}
