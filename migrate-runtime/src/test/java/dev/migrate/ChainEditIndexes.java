package dev.migrate;

/**
 * A line of revisions applied to a database, then edited under it, as {@link UnappliedAncestorTest}
 * needs: each revision creates a table {@code t_<id>}, so the test sees in the database which ran.
 */
final class ChainEditIndexes {

    private ChainEditIndexes() {}

    /** {@code r001 <- r002 <- r003}: what the database ran. */
    public static final class Chain extends TargetGraphIndexes.Graph {
        /** Called by ServiceLoader. */
        public Chain() {
            super("r001", "", "", "", "r002", "r001", "", "", "r003", "r002", "", "");
        }
    }

    /** {@link Chain} with r015 inserted between r001 and r002: r002 now revises r015. */
    public static final class Inserted extends TargetGraphIndexes.Graph {
        /** Called by ServiceLoader. */
        public Inserted() {
            super("r001", "", "", "", "r015", "r001", "", "", "r002", "r015", "", "", "r003", "r002", "", "");
        }
    }

    /** {@link Chain} with r015 inserted between r002 and r003: r003 now revises r015. */
    public static final class InsertedUnderHead extends TargetGraphIndexes.Graph {
        /** Called by ServiceLoader. */
        public InsertedUnderHead() {
            super("r001", "", "", "", "r002", "r001", "", "", "r015", "r002", "", "", "r003", "r015", "", "");
        }
    }

    /** {@link Chain} with r015 given a place after the head: the fix the refusal names. */
    public static final class Appended extends TargetGraphIndexes.Graph {
        /** Called by ServiceLoader. */
        public Appended() {
            super("r001", "", "", "", "r002", "r001", "", "", "r003", "r002", "", "", "r015", "r003", "", "");
        }
    }

    /** {@link Chain} with r002 renamed r002b: r003 now revises r002b. */
    public static final class Renamed extends TargetGraphIndexes.Graph {
        /** Called by ServiceLoader. */
        public Renamed() {
            super("r001", "", "", "", "r002b", "r001", "", "", "r003", "r002b", "", "");
        }
    }

    /** {@code r001 <- r002}: a database whose head is the revision renamed next. */
    public static final class ShortChain extends TargetGraphIndexes.Graph {
        /** Called by ServiceLoader. */
        public ShortChain() {
            super("r001", "", "", "", "r002", "r001", "", "");
        }
    }

    /** {@link ShortChain} with its head r002 renamed r002b. */
    public static final class RenamedHead extends TargetGraphIndexes.Graph {
        /** Called by ServiceLoader. */
        public RenamedHead() {
            super("r001", "", "", "", "r002b", "r001", "", "");
        }
    }
}
