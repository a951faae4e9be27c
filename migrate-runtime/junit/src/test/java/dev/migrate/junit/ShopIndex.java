package dev.migrate.junit;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.schema.Column;
import dev.migrate.schema.Index;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.Unique;
import dev.migrate.spi.RevisionDescriptor;
import dev.migrate.spi.RevisionIndex;
import java.util.List;

/**
 * A hand-written index, as the processor would generate it, of four revisions of a shop; each
 * undoes itself. {@link Forgetful} is the same project but for the third revision, whose downgrade
 * forgets to drop the index it created.
 */
public class ShopIndex implements RevisionIndex {

    /** The third revision's class. */
    Class<? extends Migration> third() {
        return OrderNote.class;
    }

    @Override
    public List<RevisionDescriptor> revisions() {
        return List.of(
                RevisionDescriptor.of("a1", "", "", "", "create customers", true, "a", Customers.class.getName()),
                RevisionDescriptor.of("b2", "a1", "", "", "create orders", true, "b", Orders.class.getName()),
                RevisionDescriptor.of("c3", "b2", "", "", "add order note", true, "c", third().getName()),
                RevisionDescriptor.of("d4", "c3", "", "", "unique customer names", true, "d",
                        UniqueNames.class.getName()));
    }

    @Override
    public Migration newMigration(int position) {
        return switch (position) {
            case 0 -> new Customers();
            case 1 -> new Orders();
            case 2 -> third() == OrderNote.class ? new OrderNote() : new ForgetfulOrderNote();
            case 3 -> new UniqueNames();
            default -> throw new IndexOutOfBoundsException(position);
        };
    }

    /** The shop whose third revision forgets to drop its index on the way down. */
    public static final class Forgetful extends ShopIndex {
        @Override
        Class<? extends Migration> third() {
            return ForgetfulOrderNote.class;
        }
    }

    /** Creates customers. */
    public static final class Customers implements Migration {
        @Override public void upgrade(Ops op) {
            op.execute("CREATE TABLE customers (id INT NOT NULL PRIMARY KEY, name VARCHAR(100) NOT NULL)");
        }
        @Override public void downgrade(Ops op) { op.dropTable("customers"); }
    }

    /** Creates orders, referring to customers. */
    public static final class Orders implements Migration {
        @Override public void upgrade(Ops op) {
            op.execute("CREATE TABLE orders (id INT NOT NULL PRIMARY KEY, customer_id INT NOT NULL,"
                    + " CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id))");
        }
        @Override public void downgrade(Ops op) { op.dropTable("orders"); }
    }

    /** Adds a note to orders, and indexes the customers' names. */
    public static class OrderNote implements Migration {
        @Override public void upgrade(Ops op) {
            op.addColumn("orders", Column.of("note", SqlType.varchar(200)));
            op.createIndex(Index.of("customers_name_idx", "customers", "name"));
        }
        @Override public void downgrade(Ops op) {
            op.dropIndex("customers", "customers_name_idx");
            op.dropColumn("orders", "note");
        }
    }

    /** The same upgrade; the downgrade forgets the index. */
    public static final class ForgetfulOrderNote extends OrderNote {
        @Override public void downgrade(Ops op) {
            op.dropColumn("orders", "note");
        }
    }

    /** Makes customers' names unique. */
    public static final class UniqueNames implements Migration {
        @Override public void upgrade(Ops op) { op.addUnique("customers", Unique.of("name").named("customers_name_uq")); }
        @Override public void downgrade(Ops op) { op.dropUnique("customers", "customers_name_uq"); }
    }
}
