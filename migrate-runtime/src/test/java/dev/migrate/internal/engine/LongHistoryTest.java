package dev.migrate.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.migrate.Direction;
import dev.migrate.graph.RevisionNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Long histories: a recursion would overflow the stack and per-step work that grows with the
 * history would make these tests crawl.
 */
class LongHistoryTest {

    private static final int LENGTH = 10_000;

    static List<RevisionNode> chain(int length) {
        List<RevisionNode> nodes = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            nodes.add(i == 0 ? Scenarios.rev(id(i)) : Scenarios.rev(id(i), id(i - 1)));
        }
        return nodes;
    }

    static String id(int i) {
        return String.format("r%05d", i);
    }

    @Test
    void upgradesAChainOfTenThousandFromEmpty() {
        RevisionMap map = new RevisionMap(chain(LENGTH));
        List<PlannedStep> plan = map.upgrade(Set.of(), "heads");
        assertEquals(LENGTH, plan.size());
        assertEquals(new PlannedStep(id(0), Direction.UPGRADE, List.of(new RowChange.Insert(id(0)))), plan.get(0));
        assertEquals(new PlannedStep(id(LENGTH - 1), Direction.UPGRADE,
                List.of(new RowChange.Update(id(LENGTH - 2), id(LENGTH - 1)))), plan.get(LENGTH - 1));
        assertEquals(List.of(id(LENGTH - 1)), map.heads());
        assertEquals(List.of(id(0)), map.bases());
    }

    @Test
    void downgradesAChainOfTenThousandToBase() {
        RevisionMap map = new RevisionMap(chain(LENGTH));
        List<PlannedStep> plan = map.downgrade(Set.of(id(LENGTH - 1)), "base");
        assertEquals(LENGTH, plan.size());
        assertEquals(new PlannedStep(id(LENGTH - 1), Direction.DOWNGRADE,
                List.of(new RowChange.Update(id(LENGTH - 1), id(LENGTH - 2)))), plan.get(0));
        assertEquals(new PlannedStep(id(0), Direction.DOWNGRADE, List.of(new RowChange.Delete(id(0)))),
                plan.get(LENGTH - 1));
    }

    @Test
    void walksAndStampsInALongChain() {
        RevisionMap map = new RevisionMap(chain(LENGTH));
        List<PlannedStep> plan = map.upgrade(Set.of(id(10)), "+5000");
        assertEquals(5000, plan.size());
        assertEquals(id(5010), plan.get(4999).revisionId());
        assertEquals(List.of(new RowChange.Update(id(10), id(LENGTH - 1))),
                map.stamp(Set.of(id(10)), List.of("heads"), false));
        assertEquals(LENGTH, map.history().size());
        assertEquals(id(LENGTH - 1), map.history().get(0));
    }

    @Test
    void labelsSpreadAlongALongChain() {
        List<RevisionNode> nodes = new ArrayList<>(chain(LENGTH));
        nodes.set(LENGTH / 2, Scenarios.labelled(id(LENGTH / 2), "main", id(LENGTH / 2 - 1)));
        RevisionMap map = new RevisionMap(nodes);
        assertEquals(List.of("main"), map.branchLabels(id(0)));
        assertEquals(List.of("main"), map.branchLabels(id(LENGTH - 1)));
        assertEquals(LENGTH, map.upgrade(Set.of(), "main@head").size());
    }
}
