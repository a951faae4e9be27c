package dev.migrate;

import dev.migrate.spi.RevisionDescriptor;
import dev.migrate.spi.RevisionIndex;
import java.util.List;

/** Three revisions in a chain; in a child process the second one hangs, holding the lock, until the test kills it. */
public final class KillIndex implements RevisionIndex {

    static final List<String> IDS = List.of("k1", "k2", "k3");

    @Override
    public List<RevisionDescriptor> revisions() {
        return LoggedRevision.chain(IDS);
    }

    @Override
    public Migration newMigration(int position) {
        return new LoggedRevision(IDS.get(position), position == 1 ? MigrateChild::signalInsideAndHang : () -> { });
    }
}
