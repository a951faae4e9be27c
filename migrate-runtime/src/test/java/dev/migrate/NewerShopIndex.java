package dev.migrate;

import dev.migrate.spi.RevisionDescriptor;
import dev.migrate.spi.RevisionIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * The next release of {@link ShopIndex}: its three revisions and two more on top, one of them
 * depending on the first. Against a database this build upgraded, {@code ShopIndex} is an older
 * build and the database is ahead of it.
 */
public final class NewerShopIndex implements RevisionIndex {

    private final ShopIndex older = new ShopIndex();

    @Override
    public List<RevisionDescriptor> revisions() {
        List<RevisionDescriptor> revisions = new ArrayList<>(older.revisions());
        revisions.add(RevisionDescriptor.of("d4", "c3", "", "", "add customers.email", true, "dddd",
                CustomerEmail.class.getName()));
        revisions.add(RevisionDescriptor.of("e5", "d4", "a1", "", "create invoices", true, "eeee",
                Invoices.class.getName()));
        return revisions;
    }

    @Override
    public Migration newMigration(int position) {
        return switch (position) {
            case 3 -> new CustomerEmail();
            case 4 -> new Invoices();
            default -> older.newMigration(position);
        };
    }

    /** Adds an e-mail address to customers. */
    public static final class CustomerEmail implements Migration {
        @Override public void upgrade(Ops op) { op.execute("ALTER TABLE customers ADD email VARCHAR(100)"); }
        @Override public void downgrade(Ops op) { op.execute("ALTER TABLE customers DROP COLUMN email"); }
    }

    /** Creates invoices. */
    public static final class Invoices implements Migration {
        @Override public void upgrade(Ops op) { op.execute("CREATE TABLE invoices (id INT PRIMARY KEY)"); }
        @Override public void downgrade(Ops op) { op.execute("DROP TABLE invoices"); }
    }
}
