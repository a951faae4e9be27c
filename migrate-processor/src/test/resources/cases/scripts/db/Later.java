package db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

/** A revision without scripts: its checksum is its source's. */
@Revision(id = "r2", revises = "r1", message = "later")
public final class Later implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.execute("CREATE TABLE later (id INT)");
    }

    @Override
    public void downgrade(Ops op) {
        op.execute("DROP TABLE later");
    }
}
