package dev.migrate.internal.engine;

import dev.migrate.MigrationException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Revisions the graph places below the version table's rows that never ran here: added into the
 * middle of a chain that was applied already (r015 between r001 and r002, r002 now revising r015),
 * or an applied revision's id changed (r002 renamed r002b). An upgrade runs only what is above the
 * rows, so without this it would skip them for good.
 *
 * <p>A revision counts as having run when its own history rows say it was applied or stamped, or
 * when the history shows it below the rows as they were recorded: a walk down from the rows that
 * follows, for each revision, what its latest history row recorded it stood on, and the graph's
 * own links only for revisions without a recorded lineage (a version row without history, revisions
 * a stamp covered without a row of their own, rows of the release before the lineage column). So a
 * stamp of heads covers what the graph has below the stamped revisions; and a revision inserted
 * below one that only a stamp covered cannot be told from one that was there when the stamp ran:
 * it counts as stamped.
 */
public final class UnappliedAncestors {

    /** Nothing below the rows is missing. */
    public static final UnappliedAncestors NONE = new UnappliedAncestors(List.of(), Map.of());

    private final List<String> ids;
    private final Map<String, String> renamedFrom;

    private UnappliedAncestors(List<String> ids, Map<String, String> renamedFrom) {
        this.ids = List.copyOf(ids);
        this.renamedFrom = Map.copyOf(renamedFrom);
    }

    /**
     * Finds the revisions below {@code rows} that never ran, in one walk over the revisions below
     * the rows and the revisions the history names: linear in both.
     *
     * @param map this build's revisions
     * @param rows the version table's rows; when one is not a revision of this build, nothing is found
     *     (the database is ahead, or its rows diverged, which {@link Standing} tells)
     * @param recorded what the history table records of each revision that has an applied row, by id
     * @return the revisions that never ran, and which of them take the place of an applied revision
     *     this build no longer has
     */
    public static UnappliedAncestors find(RevisionMap map, Set<String> rows, Map<String, RecordedRevision> recorded) {
        RevisionGraph graph = map.graph();
        List<Node> at = new ArrayList<>(rows.size());
        for (String row : rows) {
            Node node = graph.byId.get(row);
            if (node == null) {
                return NONE;
            }
            at.add(node);
        }
        Set<Node> below = RevisionGraph.ancestors(at, true);
        Set<String> ran = ran(graph, rows, below, recorded);
        List<String> missing = new ArrayList<>();
        Map<String, String> renamed = new TreeMap<>();
        for (Node node : RevisionGraph.inOrder(below)) {
            if (!ran.contains(node.id)) {
                missing.add(node.id);
                String old = renamedFrom(graph, node, ran, recorded);
                if (old != null) {
                    renamed.put(node.id, old);
                }
            }
        }
        return missing.isEmpty() ? NONE : new UnappliedAncestors(missing, renamed);
    }

    /**
     * The ids that ran: the rows and every revision below them with an applied row of its own, then
     * what each stood on when recorded, down to the bases. Ids the build no longer has are walked too,
     * through their own recorded lineage.
     */
    private static Set<String> ran(RevisionGraph graph, Set<String> rows, Set<Node> below,
            Map<String, RecordedRevision> recorded) {
        Set<String> ran = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(rows);
        for (Node node : below) {
            RecordedRevision record = recorded.get(node.id);
            if (record != null && record.applied()) {
                todo.push(node.id);
            }
        }
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (ran.add(id)) {
                for (String down : stoodOn(graph, id, recorded)) {
                    if (!ran.contains(down)) {
                        todo.push(down);
                    }
                }
            }
        }
        return ran;
    }

    /** What {@code id} stood on as the history records it, or as the graph has it when the history does not say. */
    private static Collection<String> stoodOn(RevisionGraph graph, String id, Map<String, RecordedRevision> recorded) {
        RecordedRevision record = recorded.get(id);
        if (record != null && record.lineage() != null) {
            Lineage lineage = Lineage.parse(record.lineage());
            List<String> down = new ArrayList<>(lineage.revises());
            down.addAll(lineage.dependencyIds(graph));
            return down;
        }
        Node node = graph.byId.get(id);
        if (node == null) {
            return List.of();
        }
        Set<String> down = new LinkedHashSet<>(RevisionGraph.ids(node.revises));
        down.addAll(RevisionGraph.ids(node.dependencies));
        return down;
    }

    /**
     * The applied revision this build no longer has whose place {@code node} takes: one that a
     * revision above {@code node} was recorded standing on, and that stood on what {@code node}
     * stands on. Such a pair is a revision renamed after it ran.
     */
    private static String renamedFrom(RevisionGraph graph, Node node, Set<String> ran,
            Map<String, RecordedRevision> recorded) {
        Set<String> candidates = new TreeSet<>();
        for (Node above : node.dependents) {
            RecordedRevision record = recorded.get(above.id);
            if (record == null || record.lineage() == null) {
                continue;
            }
            for (String old : stoodOn(graph, above.id, recorded)) {
                RecordedRevision oldRecord = recorded.get(old);
                if (!graph.byId.containsKey(old) && ran.contains(old) && oldRecord != null
                        && oldRecord.lineage() != null && Lineage.parse(oldRecord.lineage()).standsLike(graph, node)) {
                    candidates.add(old);
                }
            }
        }
        return candidates.isEmpty() ? null : candidates.iterator().next();
    }

    /**
     * The revisions below the rows that never ran, sorted by id.
     *
     * @return the ids; empty when every revision below the rows ran
     */
    public List<String> ids() {
        return ids;
    }

    /**
     * For each of {@link #ids()} that takes the place of an applied revision this build no longer
     * has, that revision's id.
     *
     * @return old ids by new id
     */
    public Map<String, String> renamedFrom() {
        return renamedFrom;
    }

    /**
     * Whether nothing below the rows is missing.
     *
     * @return whether {@link #ids()} is empty
     */
    public boolean isEmpty() {
        return ids.isEmpty();
    }

    /**
     * The refusal of a command that would leave these revisions behind or revert what never ran.
     *
     * @param command such as {@code "upgrade"}
     * @param revises each revision's parents, by id
     * @param heads this build's heads
     * @param stamp how to stamp a revision, in the front end's words
     * @return the exception
     */
    public MigrationException refusal(String command, Function<String, List<String>> revises,
            Collection<String> heads, Function<String, String> stamp) {
        List<String> lines = new ArrayList<>(ids.size());
        for (String id : ids) {
            lines.add("  - " + problem(id, renamedFrom.get(id), revises.apply(id), heads, stamp.apply(id)));
        }
        return EngineMessage.UNAPPLIED_REFUSES.exception(command, String.join(System.lineSeparator(), lines));
    }

    /**
     * What is wrong with one revision that never ran, and how to fix it.
     *
     * @param id the revision
     * @param renamedFrom the applied revision this build no longer has whose place it takes, or {@code null}
     * @param revises its parents
     * @param heads this build's heads
     * @param stamp how to stamp it, in the front end's words
     * @return the sentence
     */
    public static String problem(String id, String renamedFrom, List<String> revises, Collection<String> heads,
            String stamp) {
        if (renamedFrom != null) {
            return EngineMessage.RENAMED_ANCESTOR.format(id, renamedFrom,
                    revises.isEmpty() ? "nothing: a base" : String.join(", ", revises), stamp);
        }
        return EngineMessage.UNAPPLIED_ANCESTOR.format(id, String.join(", ", heads), stamp);
    }
}
