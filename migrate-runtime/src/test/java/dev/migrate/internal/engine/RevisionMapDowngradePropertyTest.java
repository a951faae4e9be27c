package dev.migrate.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.MigrationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A downgrade never reverts a revision that Alembic would keep: for every graph of
 * src/test/alembic/differential.txt (the named ones and 40 generated ones, from every state one or
 * two upgrades leave) and every downgrade target, what migrate reverts is a part of what Alembic
 * 1.8.1 reverts. Reverting more than asked is the one mistake a migration tool cannot take back.
 */
class RevisionMapDowngradePropertyTest {

    @Test
    void aDowngradeRevertsNothingAlembicKeeps() {
        List<String> violations = new ArrayList<>();
        int planned = 0;
        int generated = 0;
        for (AlembicData.Graph graph : AlembicData.graphs()) {
            RevisionMap map = graph.map();
            for (AlembicData.State state : graph.states()) {
                for (AlembicData.Line line : state.lines()) {
                    if (line.command() != 'd') {
                        continue;
                    }
                    List<String> reverted;
                    try {
                        reverted = AlembicData.steps(Scenarios.format(map.downgrade(state.rows(), line.target())));
                    } catch (MigrationException refused) {
                        continue;
                    }
                    planned++;
                    if (graph.random()) {
                        generated++;
                    }
                    Set<String> allowed = alembicReverts(map, state, line);
                    if (!reverted.isEmpty() && (allowed == null || !allowed.containsAll(reverted))) {
                        violations.add(graph.name() + " " + state.rows() + " downgrade " + line.target() + ": migrate "
                                + reverted + ", Alembic " + line.expected());
                    }
                }
            }
        }
        assertEquals(List.of(), violations.subList(0, Math.min(20, violations.size())),
                violations.size() + " downgrades revert more than Alembic");
        // Enough cases that a rule reverting too much anywhere would show.
        assertTrue(planned > 8000, "downgrades planned: " + planned);
        assertTrue(generated > 5000, "downgrades planned on generated graphs: " + generated);
    }

    /**
     * What Alembic reverts for the line, or {@code null} when it refuses and nothing stands in. In a
     * downgrade Alembic reads {@code label@head} as the head of the whole graph, which it cannot go
     * down to; migrate reads the branch's head, so Alembic's downgrade to that revision's id is
     * the measure.
     */
    private static Set<String> alembicReverts(RevisionMap map, AlembicData.State state, AlembicData.Line line) {
        if (!line.refused()) {
            return new HashSet<>(AlembicData.steps(line.expected()));
        }
        if (!line.target().endsWith("@head") && !line.target().endsWith("@heads")) {
            return null;
        }
        List<String> ids = map.resolve(line.target());
        if (ids.size() != 1) {
            return null;
        }
        for (AlembicData.Line other : state.lines()) {
            if (other.command() == 'd' && other.target().equals(ids.get(0)) && !other.refused()) {
                return new HashSet<>(AlembicData.steps(other.expected()));
            }
        }
        return null;
    }
}
