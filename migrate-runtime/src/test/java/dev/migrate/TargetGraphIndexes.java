package dev.migrate;

import dev.migrate.spi.RevisionDescriptor;
import dev.migrate.spi.RevisionIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * Graphs of the Alembic target cases, each revision creating a table {@code t_<id>} of its own, so
 * that a test sees in the database which revisions ran.
 */
final class TargetGraphIndexes {

    private TargetGraphIndexes() {}

    /** Creates {@code t_<id>} on the way up and drops it on the way down; a stamp may leave it in place. */
    static final class TableRevision implements Migration {
        private final String id;

        TableRevision(String id) {
            this.id = id;
        }

        @Override
        public void upgrade(Ops op) {
            op.execute("CREATE TABLE IF NOT EXISTS t_" + id + " (id INT)");
        }

        @Override
        public void downgrade(Ops op) {
            op.execute("DROP TABLE IF EXISTS t_" + id);
        }
    }

    /** Revisions given as id, revises, dependsOn and branch labels (space-separated, may be empty). */
    abstract static class Graph implements RevisionIndex {
        private final List<RevisionDescriptor> descriptors = new ArrayList<>();

        Graph(String... revisions) {
            for (int i = 0; i < revisions.length; i += 4) {
                String id = revisions[i];
                descriptors.add(RevisionDescriptor.of(id, revisions[i + 1], revisions[i + 2], revisions[i + 3],
                        "table " + id, true, "sum-" + id, TableRevision.class.getName()));
            }
        }

        @Override
        public List<RevisionDescriptor> revisions() {
            return descriptors;
        }

        @Override
        public Migration newMigration(int position) {
            return new TableRevision(descriptors.get(position).id());
        }
    }

    /** The graph of issue 9: {@code a <- b <- {c1 <- d1, c2 <- d2}}, labels c1branch and c2branch. */
    public static final class TwoBranches extends Graph {
        /** Called by ServiceLoader. */
        public TwoBranches() {
            super("a", "", "", "", "b", "a", "", "", "c1", "b", "", "c1branch", "d1", "c1", "", "",
                    "c2", "b", "", "c2branch", "d2", "c2", "", "");
        }
    }

    /** Alembic's DependsOnBranchTestFive (issue #1373): a1; b1 depending on a1; bmerge merging both. */
    public static final class DependsMerge extends Graph {
        /** Called by ServiceLoader. */
        public DependsMerge() {
            super("a1", "", "", "a1branch", "b1", "", "a1", "b1branch", "bmerge", "a1 b1", "", "");
        }
    }
}
