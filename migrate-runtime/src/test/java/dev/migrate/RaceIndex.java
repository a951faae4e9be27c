package dev.migrate;

import dev.migrate.spi.RevisionDescriptor;
import dev.migrate.spi.RevisionIndex;
import java.util.List;

/**
 * Five revisions in a chain for processes racing to apply them. The first waits until every rival
 * process has reached its upgrade, the others pause a little: a lock that let two runs in would
 * show as a revision logged twice.
 */
public final class RaceIndex implements RevisionIndex {

    static final List<String> IDS = List.of("r1", "r2", "r3", "r4", "r5");

    @Override
    public List<RevisionDescriptor> revisions() {
        return LoggedRevision.chain(IDS);
    }

    @Override
    public Migration newMigration(int position) {
        return new LoggedRevision(IDS.get(position), position == 0 ? MigrateChild::awaitRivals : () -> Thread.sleep(50));
    }
}
