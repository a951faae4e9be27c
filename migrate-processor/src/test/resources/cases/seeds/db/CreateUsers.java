package db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

@Revision(id = "u1", branchLabels = "users", message = "create users")
public final class CreateUsers implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.execute("CREATE TABLE users (id BIGINT, name VARCHAR(40))");
    }

    @Override
    public void downgrade(Ops op) {
        op.execute("DROP TABLE users");
    }
}
