package dev.migrate.junit;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.spi.RevisionDescriptor;
import dev.migrate.spi.RevisionIndex;
import java.util.List;

/**
 * Two branches on one base, each with a branch label of its own; {@link Unlabelled} is the same
 * graph without labels, two heads that nothing tells apart.
 */
public class BranchedIndex implements RevisionIndex {

    String label(String name) {
        return name;
    }

    @Override
    public List<RevisionDescriptor> revisions() {
        return List.of(
                RevisionDescriptor.of("a1", "", "", "", "create customers", true, "a", Customers.class.getName()),
                RevisionDescriptor.of("b1", "a1", "", label("orders"), "create orders", true, "b", Orders.class.getName()),
                RevisionDescriptor.of("c1", "a1", "", label("invoices"), "create invoices", true, "c",
                        Invoices.class.getName()));
    }

    @Override
    public Migration newMigration(int position) {
        return switch (position) {
            case 0 -> new Customers();
            case 1 -> new Orders();
            case 2 -> new Invoices();
            default -> throw new IndexOutOfBoundsException(position);
        };
    }

    /** The same branches without labels. */
    public static final class Unlabelled extends BranchedIndex {
        @Override
        String label(String name) {
            return "";
        }
    }

    /** Creates customers. */
    public static final class Customers implements Migration {
        @Override public void upgrade(Ops op) { op.execute("CREATE TABLE customers (id INT NOT NULL PRIMARY KEY)"); }
        @Override public void downgrade(Ops op) { op.dropTable("customers"); }
    }

    /** Creates orders. */
    public static final class Orders implements Migration {
        @Override public void upgrade(Ops op) { op.execute("CREATE TABLE orders (id INT NOT NULL PRIMARY KEY)"); }
        @Override public void downgrade(Ops op) { op.dropTable("orders"); }
    }

    /** Creates invoices. */
    public static final class Invoices implements Migration {
        @Override public void upgrade(Ops op) { op.execute("CREATE TABLE invoices (id INT NOT NULL PRIMARY KEY)"); }
        @Override public void downgrade(Ops op) { op.dropTable("invoices"); }
    }
}
