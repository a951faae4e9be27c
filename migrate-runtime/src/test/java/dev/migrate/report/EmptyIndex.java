package dev.migrate.report;

import dev.migrate.Migration;
import dev.migrate.spi.RevisionDescriptor;
import dev.migrate.spi.RevisionIndex;
import java.util.List;

/** An index without revisions: what a build whose revisions were never compiled offers. */
public final class EmptyIndex implements RevisionIndex {

    /** Called by the service loader. */
    public EmptyIndex() {}

    @Override
    public List<RevisionDescriptor> revisions() {
        return List.of();
    }

    @Override
    public Migration newMigration(int position) {
        throw new IndexOutOfBoundsException(position);
    }
}
