package dev.migrate.junit.processed;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

@Revision(id = "a1b2c3d4e5f6", message = "create customers")
public final class CreateCustomers implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.execute("CREATE TABLE customers (id INT NOT NULL PRIMARY KEY, name VARCHAR(100) NOT NULL)");
    }

    @Override
    public void downgrade(Ops op) {
        op.dropTable("customers");
    }
}
