package dev.migrate.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.MigrationException;
import dev.migrate.graph.RevisionNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every kind of target, and junk, against every set of version rows of a few graphs (consistent or
 * not), for upgrade, downgrade and stamp: each ends in a plan or a {@link MigrationException},
 * never in another exception.
 */
class RevisionMapAnyTargetTest {

    private static final List<String> COMMANDS = List.of("upgrade", "downgrade", "stamp", "stamp --purge with heads");

    @ParameterizedTest
    @ValueSource(strings = {"linear", "forest", "crossdep", "split", "mergedep", "five", "twobranch",
            "expandcontract"})
    void everyOutcomeIsAPlanOrAMigrationException(String name) {
        List<RevisionNode> revisions = Scenarios.GRAPHS.get(name);
        RevisionMap map = new RevisionMap(revisions);
        List<String> targets = targets(revisions);
        List<String> raw = new ArrayList<>();
        int plans = 0;
        int refusals = 0;
        for (Set<String> rows : everySubset(revisions)) {
            for (String target : targets) {
                List<Supplier<List<?>>> commands = List.of(() -> map.upgrade(rows, target),
                        () -> map.downgrade(rows, target), () -> map.stamp(rows, List.of(target), false),
                        () -> map.stamp(rows, List.of(target, "heads"), true));
                for (Supplier<List<?>> command : commands) {
                    try {
                        command.get();
                        plans++;
                    } catch (MigrationException refused) {
                        refusals++;
                    } catch (RuntimeException e) {
                        raw.add(COMMANDS.get(commands.indexOf(command)) + " " + rows + " '" + target + "': " + e);
                    }
                }
            }
        }
        assertEquals(List.of(), raw.subList(0, Math.min(20, raw.size())), raw.size() + " raw exceptions");
        assertTrue(plans > 500 && refusals > 500, plans + " plans, " + refusals + " refusals");
    }

    /** Ids, prefixes, labels, every label@ and relative form, and junk. */
    private static List<String> targets(List<RevisionNode> revisions) {
        Set<String> targets = new LinkedHashSet<>(List.of("heads", "head", "base", "+1", "-1", "+2", "-2", "+0",
                "-0", "base+1", "base+2", "base+3", "base-1", "base+0", "head+1", "head-1", "heads+1", "heads-1",
                "base+99", "+999999999", "-999999999", "+9999999999", "", " ", "@", "@@", "+", "-", "nope",
                "x@y", "nope@head", "heads,base", "current", "base@base", "head@head", "+-1", "1+1", "@+1",
                "@-1", "@base", "é", "a@@b", "%s", "'; DROP TABLE t; --"));
        for (RevisionNode revision : revisions) {
            String id = revision.id();
            targets.addAll(List.of(id, id.substring(0, 1), id + "x", id + "+1", id + "-1", id + "+2", id + "-3",
                    id + "+0", id + "@", "@" + id, id + "@" + id, id + "@head", id + "@+1", id + "@-1"));
            for (String label : revision.branchLabels()) {
                targets.addAll(List.of(label, label + "@head", label + "@heads", label + "@base", label + "@+1",
                        label + "@-1", label + "@+2", label + "@-2", label + "@base+1", label + "@base+2",
                        label + "@base-1", label + "@" + label, label + "@"));
                for (RevisionNode other : revisions) {
                    targets.add(label + "@" + other.id());
                }
                targets.addAll(List.of(label + "@" + id + "+1", label + "@" + id + "-1"));
            }
        }
        return List.copyOf(targets);
    }

    private static List<Set<String>> everySubset(List<RevisionNode> revisions) {
        List<Set<String>> subsets = new ArrayList<>();
        for (int mask = 0; mask < 1 << revisions.size(); mask++) {
            Set<String> rows = new TreeSet<>();
            for (int i = 0; i < revisions.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    rows.add(revisions.get(i).id());
                }
            }
            subsets.add(rows);
        }
        return subsets;
    }
}
