package dev.migrate;

import dev.migrate.spi.RevisionDescriptor;
import dev.migrate.spi.RevisionIndex;
import java.util.List;

/**
 * Three revisions whose middle one fails half-way: it creates a table, then inserts into one that
 * does not exist. It runs outside a transaction, so the table stays behind on every database.
 */
public class FailingIndex implements RevisionIndex {

    /** Whether the middle revision runs in a transaction; subclasses change it. */
    protected boolean halfTransactional() {
        return false;
    }

    /** The middle revision as it is; {@link Fixed} repairs it. */
    protected Migration half() {
        return new BrokenHalf();
    }

    /** The middle revision's checksum. */
    protected String halfChecksum() {
        return "h-broken";
    }

    @Override
    public List<RevisionDescriptor> revisions() {
        return List.of(
                RevisionDescriptor.of("base01", "", "", "", "create customers", true, "b", ShopIndex.Customers.class.getName()),
                RevisionDescriptor.of("half02", "base01", "", "", "half then fail", halfTransactional(), halfChecksum(),
                        half().getClass().getName()),
                RevisionDescriptor.of("tail03", "half02", "", "", "create orders", true, "t", ShopIndex.Orders.class.getName()));
    }

    @Override
    public Migration newMigration(int position) {
        return switch (position) {
            case 0 -> new ShopIndex.Customers();
            case 1 -> half();
            case 2 -> new ShopIndex.Orders();
            default -> throw new IndexOutOfBoundsException(position);
        };
    }

    /** The same revisions, with the middle one fixed. */
    public static final class Fixed extends FailingIndex {
        @Override
        protected Migration half() {
            return new FixedHalf();
        }

        @Override
        protected String halfChecksum() {
            return "h-fixed";
        }
    }

    /** The same revisions, with the middle one in a transaction: PostgreSQL rolls its failure back. */
    public static final class InTransaction extends FailingIndex {
        @Override
        protected boolean halfTransactional() {
            return true;
        }
    }

    /** Creates a table, then fails. */
    public static final class BrokenHalf implements Migration {
        @Override public void upgrade(Ops op) {
            op.execute("CREATE TABLE half (id INT)");
            op.execute("INSERT INTO nowhere VALUES (1)");
        }
        @Override public void downgrade(Ops op) { op.execute("DROP TABLE half"); }
    }

    /** Creates the table and stops there. */
    public static final class FixedHalf implements Migration {
        @Override public void upgrade(Ops op) { op.execute("CREATE TABLE half (id INT)"); }
        @Override public void downgrade(Ops op) { op.execute("DROP TABLE half"); }
    }
}
