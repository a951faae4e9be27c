package dev.migrate.report;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.spi.RevisionDescriptor;
import dev.migrate.spi.RevisionIndex;
import java.util.List;

/**
 * A branched graph: a1 forks into b2 and c3, which d4 merges; e5 on top of d4 depends on f6, the
 * base of a second branch labelled audit. Messages hold quotes, backslashes and non-ASCII text.
 * The revisions change nothing: the reports are about the bookkeeping.
 */
public final class BranchedIndex implements RevisionIndex {

    static final String A1_MESSAGE = "create \"orders\" in C:\\data, café ☕";

    static final List<RevisionDescriptor> REVISIONS = List.of(
            RevisionDescriptor.of("a1", "", "", "shop", A1_MESSAGE, true, "sum-a1", "db.A1"),
            RevisionDescriptor.of("b2", "a1", "", "", "add note", true, "sum-b2", "db.B2"),
            RevisionDescriptor.of("c3", "a1", "", "", "index <orders> 😀", true, "sum-c3", "db.C3"),
            RevisionDescriptor.of("d4", "b2 c3", "", "", "merge b2 and c3", true, "sum-d4", "db.D4"),
            RevisionDescriptor.of("e5", "d4", "f6", "", "", true, "sum-e5", "db.E5"),
            RevisionDescriptor.of("f6", "", "", "audit", "audit # log", true, "sum-f6", "db.F6"));

    /** Called by the service loader. */
    public BranchedIndex() {}

    @Override
    public List<RevisionDescriptor> revisions() {
        return REVISIONS;
    }

    @Override
    public Migration newMigration(int position) {
        return new Migration() {
            @Override
            public void upgrade(Ops op) {}

            @Override
            public void downgrade(Ops op) {}
        };
    }
}
