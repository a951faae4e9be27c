package dev.migrate;

import dev.migrate.spi.RevisionDescriptor;
import dev.migrate.spi.RevisionIndex;
import java.util.List;

/**
 * A base revision, then three more of which the third fails after creating its table: for the
 * single-transaction mode.
 */
public class ThirdFailsIndex implements RevisionIndex {

    /** Whether {@code b2} may run inside a transaction; a subclass says no. */
    protected boolean secondTransactional() {
        return true;
    }

    @Override
    public List<RevisionDescriptor> revisions() {
        return List.of(
                RevisionDescriptor.of("a1", "z0", "", "", "create t_a1", true, "a1a1", Sql.class.getName()),
                RevisionDescriptor.of("b2", "a1", "", "", "create t_b2", secondTransactional(), "b2b2",
                        Sql.class.getName()),
                RevisionDescriptor.of("c3", "b2", "", "", "create t_c3, then fail", true, "c3c3", Sql.class.getName()),
                RevisionDescriptor.of("z0", "", "", "", "create t_z0", true, "z0z0", Sql.class.getName()));
    }

    @Override
    public Migration newMigration(int position) {
        return switch (position) {
            case 0 -> new Sql("DROP TABLE t_a1", "CREATE TABLE t_a1 (id INT)");
            case 1 -> new Sql("DROP TABLE t_b2", "CREATE TABLE t_b2 (id INT)");
            case 2 -> new Sql("DROP TABLE t_c3", "CREATE TABLE t_c3 (id INT)", "INSERT INTO nowhere VALUES (1)");
            case 3 -> new Sql("DROP TABLE t_z0", "CREATE TABLE t_z0 (id INT)");
            default -> throw new IndexOutOfBoundsException(position);
        };
    }

    /** The same revisions, with {@code b2} declared {@code transactional = false}. */
    public static final class WithOutsider extends ThirdFailsIndex {
        @Override
        protected boolean secondTransactional() {
            return false;
        }
    }

    /** Runs its upgrade statements in order, or its one downgrade statement. */
    public static final class Sql implements Migration {
        private final String down;
        private final List<String> up;

        Sql(String down, String... up) {
            this.down = down;
            this.up = List.of(up);
        }

        @Override
        public void upgrade(Ops op) {
            up.forEach(op::execute);
        }

        @Override
        public void downgrade(Ops op) {
            op.execute(down);
        }
    }
}
