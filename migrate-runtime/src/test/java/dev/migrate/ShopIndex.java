package dev.migrate;

import dev.migrate.spi.RevisionDescriptor;
import dev.migrate.spi.RevisionIndex;
import java.util.List;

/** A hand-written index, as the processor would generate it: three revisions of a small shop. */
public class ShopIndex implements RevisionIndex {

    /** The checksum the index gives the first revision; a subclass changes it to simulate an edited source. */
    protected String firstChecksum() {
        return "aaaa";
    }

    @Override
    public List<RevisionDescriptor> revisions() {
        return List.of(
                RevisionDescriptor.of("a1", "", "", "", "create customers", true, firstChecksum(), Customers.class.getName()),
                RevisionDescriptor.of("b2", "a1", "", "", "create orders", true, "bbbb", Orders.class.getName()),
                RevisionDescriptor.of("c3", "b2", "", "", "add order note", true, "cccc", OrderNote.class.getName()));
    }

    @Override
    public Migration newMigration(int position) {
        return switch (position) {
            case 0 -> new Customers();
            case 1 -> new Orders();
            case 2 -> new OrderNote();
            default -> throw new IndexOutOfBoundsException(position);
        };
    }

    /** The same revisions, with the first one's source edited since it was applied. */
    public static final class Edited extends ShopIndex {
        @Override
        protected String firstChecksum() {
            return "a-changed";
        }
    }

    /** Creates customers. */
    public static final class Customers implements Migration {
        @Override public void upgrade(Ops op) { op.execute("CREATE TABLE customers (id INT PRIMARY KEY)"); }
        @Override public void downgrade(Ops op) { op.execute("DROP TABLE customers"); }
    }

    /** Creates orders. */
    public static final class Orders implements Migration {
        @Override public void upgrade(Ops op) { op.execute("CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT)"); }
        @Override public void downgrade(Ops op) { op.execute("DROP TABLE orders"); }
    }

    /** Adds a note to orders. */
    public static final class OrderNote implements Migration {
        @Override public void upgrade(Ops op) { op.execute("ALTER TABLE orders ADD note VARCHAR(100)"); }
        @Override public void downgrade(Ops op) { op.execute("ALTER TABLE orders DROP COLUMN note"); }
    }
}
