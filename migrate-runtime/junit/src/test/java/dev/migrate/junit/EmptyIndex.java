package dev.migrate.junit;

import dev.migrate.Migration;
import dev.migrate.spi.RevisionDescriptor;
import dev.migrate.spi.RevisionIndex;
import java.util.List;

/** An index without revisions: what a class path offers when the processor did not run. */
public final class EmptyIndex implements RevisionIndex {

    @Override
    public List<RevisionDescriptor> revisions() {
        return List.of();
    }

    @Override
    public Migration newMigration(int position) {
        throw new IndexOutOfBoundsException(position);
    }
}
