package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Four JVMs run {@code upgrade("heads")} on one database at the same moment, as four instances of
 * an application starting together would. The migration lock must let exactly one of them apply
 * the revisions; the others, once they get the lock, find nothing to do.
 *
 * <p>The children connect first, then start together on a signal file; the first revision waits
 * until all of them have entered {@code upgrade}, so the others contend for the lock while the
 * winner holds it. If the lock let a second run in, that run would read the version table before
 * the winner wrote it and log the revisions a second time.
 *
 * <p>H2 takes part through a file database with {@code AUTO_SERVER=TRUE}: the test's JVM opens it
 * first and so serves it to the children over TCP, and H2's row lock is a lock of that one
 * database engine, whichever process the session comes from. (Were a child the server, its exit
 * would cut the connections of the children still waiting; an application sharing an H2 file
 * between processes has the same constraint.)
 */
class ConcurrentUpgradeProcessesTest {

    private static final List<String> CHILDREN = List.of("child1", "child2", "child3", "child4");

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void exactlyOneOfFourProcessesAppliesTheRevisions(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.openShared(kind);
                ChildProcesses children = new ChildProcesses("concurrent-upgrade", db, RaceIndex.class)) {
            for (String child : CHILDREN) {
                children.start(child);
            }
            for (String child : CHILDREN) {
                children.awaitFile(MigrateChild.READY + child);
            }

            children.go();

            Map<String, Integer> exits = children.awaitExit();
            Map<String, Integer> allZero = new LinkedHashMap<>();
            CHILDREN.forEach(child -> allZero.put(child, 0));
            assertEquals(allZero, exits, children.logs());
            List<String> winners = new ArrayList<>();
            Map<String, List<String>> results = new LinkedHashMap<>();
            for (String child : CHILDREN) {
                results.put(child, children.result(child));
                if (!results.get(child).isEmpty()) {
                    winners.add(child);
                }
            }
            assertEquals(1, winners.size(), "exactly one process applies revisions: " + results + children.logs());
            String winner = winners.get(0);
            assertEquals(RaceIndex.IDS, results.get(winner), "the winner applies every revision, in order");
            List<String> log = new ArrayList<>();
            List<String> history = new ArrayList<>();
            for (String id : RaceIndex.IDS) {
                log.add(id + " " + winner);
                history.add(id + " upgrade applied");
            }
            assertEquals(log, Rows.appliedLog(db.dataSource()), "each revision ran once, all in the winner" + children.logs());
            assertEquals(history, Rows.history(db.dataSource()));
            assertEquals(List.of("r5"), Rows.versions(db.dataSource()));
        }
    }
}
