package dev.migrate;

import dev.migrate.spi.RevisionDescriptor;
import dev.migrate.spi.RevisionIndex;
import java.util.List;

/**
 * A build whose history diverged from {@link ShopIndex} after {@code b2}: it has {@code x3}
 * instead of {@code c3}.
 */
public final class ForkedShopIndex implements RevisionIndex {

    private final ShopIndex shop = new ShopIndex();

    @Override
    public List<RevisionDescriptor> revisions() {
        List<RevisionDescriptor> shared = shop.revisions();
        return List.of(shared.get(0), shared.get(1), RevisionDescriptor.of("x3", "b2", "", "", "create refunds", true,
                "xxxx", Refunds.class.getName()));
    }

    @Override
    public Migration newMigration(int position) {
        return position == 2 ? new Refunds() : shop.newMigration(position);
    }

    /** Creates refunds. */
    public static final class Refunds implements Migration {
        @Override public void upgrade(Ops op) { op.execute("CREATE TABLE refunds (id INT PRIMARY KEY)"); }
        @Override public void downgrade(Ops op) { op.execute("DROP TABLE refunds"); }
    }
}
