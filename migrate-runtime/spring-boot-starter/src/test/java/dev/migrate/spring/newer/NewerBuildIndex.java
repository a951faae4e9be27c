package dev.migrate.spring.newer;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.spi.RevisionDescriptor;
import dev.migrate.spi.RevisionIndex;
import dev.migrate.spring.db.MigrateIndex;
import java.util.ArrayList;
import java.util.List;

/** The next build of the tests' project: the compiled revisions and one more on top, which this build lacks. */
public final class NewerBuildIndex implements RevisionIndex {

    /** The revision only the newer build has. */
    public static final String NEWER = "d4c0ffee0004";

    private final RevisionIndex built = new MigrateIndex();

    @Override
    public List<RevisionDescriptor> revisions() {
        List<RevisionDescriptor> revisions = new ArrayList<>(built.revisions());
        revisions.add(RevisionDescriptor.of(NEWER, "c3c0ffee0003", "", "", "archive notes", true, "dddd",
                ArchiveNotes.class.getName()));
        return revisions;
    }

    @Override
    public Migration newMigration(int position) {
        return position < 3 ? built.newMigration(position) : new ArchiveNotes();
    }

    /** Adds a column the older build knows nothing of. */
    public static final class ArchiveNotes implements Migration {
        @Override
        public void upgrade(Ops op) {
            op.execute("ALTER TABLE notes ADD archived BOOLEAN");
        }

        @Override
        public void downgrade(Ops op) {
            op.execute("ALTER TABLE notes DROP COLUMN archived");
        }
    }
}
