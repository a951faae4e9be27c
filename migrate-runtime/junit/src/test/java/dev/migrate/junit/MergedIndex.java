package dev.migrate.junit;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.spi.RevisionDescriptor;
import dev.migrate.spi.RevisionIndex;
import java.util.List;

/** {@link BranchedIndex}'s two branches joined by a merge revision, and one revision above it. */
public final class MergedIndex implements RevisionIndex {

    private final BranchedIndex branches = new BranchedIndex();

    @Override
    public List<RevisionDescriptor> revisions() {
        return List.of(branches.revisions().get(0), branches.revisions().get(1), branches.revisions().get(2),
                RevisionDescriptor.of("m1", "b1 c1", "", "", "merge orders and invoices", true, "m", Merge.class.getName()),
                RevisionDescriptor.of("p1", "m1", "", "", "create payments", true, "p", Payments.class.getName()));
    }

    @Override
    public Migration newMigration(int position) {
        return switch (position) {
            case 3 -> new Merge();
            case 4 -> new Payments();
            default -> branches.newMigration(position);
        };
    }

    /** Joins the branches; changes nothing. */
    public static final class Merge implements Migration {
        @Override public void upgrade(Ops op) {}
        @Override public void downgrade(Ops op) {}
    }

    /** Creates payments. */
    public static final class Payments implements Migration {
        @Override public void upgrade(Ops op) { op.execute("CREATE TABLE payments (id INT NOT NULL PRIMARY KEY)"); }
        @Override public void downgrade(Ops op) { op.dropTable("payments"); }
    }
}
