package dev.migrate.internal.engine;

import dev.migrate.MigrationException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A database whose version rows name revisions this build does not have, and that is <em>ahead</em>
 * of it: the history table shows each such row standing, through revisions this build lacks, on
 * this build's revisions, and every head of this build applied below the rows. That is where a
 * newer build leaves the database during a rolling deploy, or after the application is rolled
 * back. Such a database needs nothing from this build: an upgrade to this build's revisions has
 * nothing to do, and anything that would move the rows (a downgrade, a stamp, a target above this
 * build) is the newer build's to do.
 *
 * <p>Rows that the history does not show descending from this build's heads (a diverged branch,
 * another project's revisions in the same tables, rows written by hand) are refused by {@link
 * #of}, with a message that says what each possibility means and what to do.
 */
public final class Standing {

    /** Levels walked one query each before the whole recorded lineage is read at once. */
    private static final int LEVELS_BEFORE_READING_ALL = 16;

    private final RevisionMap map;
    private final List<String> revisions;
    private final List<String> heads;

    private Standing(RevisionMap map, List<String> revisions) {
        this.map = map;
        this.revisions = revisions;
        this.heads = map.heads();
    }

    /**
     * Places version rows that name revisions this build does not have.
     *
     * @param map this build's revisions
     * @param rows the version table's rows, some of them unknown to {@code map}
     * @param lineage the history table's record of what revisions stand on
     * @return the standing of a database ahead of this build
     * @throws MigrationException when the rows do not descend from this build's heads, naming each
     *     row and saying what to do
     */
    public static Standing of(RevisionMap map, Set<String> rows, LineageSource lineage) {
        RevisionGraph graph = map.graph();
        List<String> unknown = new ArrayList<>();
        List<Node> known = new ArrayList<>();
        for (String row : new TreeSet<>(rows)) {
            Node node = graph.byId.get(row);
            if (node == null) {
                unknown.add(row);
            } else {
                known.add(node);
            }
        }
        if (unknown.isEmpty()) {
            throw new IllegalArgumentException("every row is a known revision: " + rows);
        }
        Map<String, Lineage> recorded = read(graph, unknown, lineage);
        Set<String> beyond = new TreeSet<>();
        Set<Node> below = new LinkedHashSet<>(known);
        List<String> problems = new ArrayList<>();
        List<Walk> walks = new ArrayList<>();
        for (String row : unknown) {
            Walk walk = Walk.from(graph, row, recorded);
            walks.add(walk);
            beyond.addAll(walk.unknown);
            below.addAll(walk.known);
            if (!walk.missing.isEmpty()) {
                problems.add(EngineMessage.ROW_WITHOUT_LINEAGE.format(row, String.join(", ", walk.missing)));
            } else if (walk.known.isEmpty()) {
                problems.add(EngineMessage.ROW_OF_NOTHING_HERE.format(row));
            }
        }
        List<Node> lacking = new ArrayList<>(graph.heads);
        lacking.removeAll(RevisionGraph.ancestors(below, true));
        if (problems.isEmpty() && !lacking.isEmpty()) {
            for (Walk walk : walks) {
                Node renamed = renamedAs(graph, recorded.get(walk.row), lacking);
                problems.add(renamed != null
                        ? EngineMessage.ROW_RENAMED.format(walk.row, renamed.id, RevisionGraph.names(walk.known))
                        : EngineMessage.ROW_BRANCHES_OFF.format(walk.row, RevisionGraph.names(walk.known),
                                RevisionGraph.names(lacking)));
            }
        }
        if (!problems.isEmpty()) {
            throw EngineMessage.DIVERGED.exception(String.join(", ", unknown), String.join(", ", map.heads()),
                    String.join(System.lineSeparator(), problems), map.commands().merge(),
                    map.commands().stamp(true, "<revision>"));
        }
        return new Standing(map, List.copyOf(beyond));
    }

    /**
     * The revisions this build does not have that the database has applied on top of it: the
     * unknown rows and the unknown revisions below them, sorted.
     *
     * @return the ids
     */
    public List<String> revisions() {
        return revisions;
    }

    /**
     * What an upgrade that has nothing to do says.
     *
     * @return the warning, naming the revisions this build does not have
     */
    public String warning() {
        return EngineMessage.AHEAD.format(String.join(", ", revisions), String.join(", ", heads));
    }

    /**
     * The failure of a command run with {@code failOnAhead}.
     *
     * @return the exception, naming the revisions and the option
     */
    public MigrationException failure() {
        return EngineMessage.AHEAD_FAILS.exception(String.join(", ", revisions), String.join(", ", heads));
    }

    /**
     * The refusal of a command that would move the rows: only a build that has the revisions can.
     *
     * @param command such as {@code "downgrade"}
     * @param stamp whether to say how a stamp with purge resets the rows anyway
     * @return the exception
     */
    public MigrationException refusal(String command, boolean stamp) {
        return EngineMessage.AHEAD_REFUSES.exception(command, String.join(", ", revisions), String.join(", ", heads),
                stamp ? EngineMessage.AHEAD_STAMP_PURGE.format(map.commands().stamp(true, "<revision>")) : "");
    }

    /**
     * Checks that an upgrade target is at or below this build's heads, where the database already is.
     *
     * @param target the upgrade's target
     * @throws MigrationException when the target is above this build (a revision it does not have,
     *     or a step up from the current rows), or is no target at all
     */
    public void requireWithinBuild(String target) {
        RelativeTarget relative = RelativeTarget.parse(target);
        if (relative == null) {
            try {
                map.resolve(target);
            } catch (MigrationException e) {
                if (beyond(target)) {
                    throw EngineMessage.AHEAD_ABOVE.exception(target, String.join(", ", revisions));
                }
                throw e;
            }
            return;
        }
        if (relative.symbol() == null || beyond(relative.symbol())) {
            // Walks from the current rows, which only the newer build knows.
            throw EngineMessage.AHEAD_ABOVE.exception(target, String.join(", ", revisions));
        }
        try {
            map.resolver().upgradeTargets(map.graph().heads, target);
        } catch (MigrationException e) {
            throw new MigrationException(EngineMessage.AHEAD_ABOVE.format(target, String.join(", ", revisions))
                    + " (" + e.getMessage() + ")", e);
        }
    }

    /** Whether {@code name} stands for a revision past this build: one of them, or a prefix of one. */
    private boolean beyond(String name) {
        String id = name.contains("@") ? name.substring(name.lastIndexOf('@') + 1) : name;
        for (String revision : revisions) {
            if (revision.equals(id) || (id.length() > 3 && revision.startsWith(id))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The recorded lineage of the unknown rows and of the unknown revisions below them, read a
     * level at a time (a newer build is usually a few revisions ahead), then all at once for a
     * long line of revisions this build does not have.
     */
    private static Map<String, Lineage> read(RevisionGraph graph, List<String> rows, LineageSource source) {
        Map<String, Lineage> recorded = new HashMap<>();
        Set<String> asked = new LinkedHashSet<>();
        Set<String> next = new TreeSet<>(rows);
        for (int level = 0; !next.isEmpty(); level++) {
            Map<String, String> found = level < LEVELS_BEFORE_READING_ALL ? source.recorded(next) : source.all();
            asked.addAll(next);
            Set<String> following = new TreeSet<>();
            found.forEach((id, text) -> {
                Lineage lineage = Lineage.parse(text);
                recorded.put(id, lineage);
                for (String name : names(lineage)) {
                    if (!graph.byId.containsKey(name) && !graph.byLabel.containsKey(name)) {
                        following.add(name);
                    }
                }
            });
            following.removeAll(asked);
            following.removeAll(recorded.keySet());
            next = following;
        }
        return recorded;
    }

    /**
     * The head this build has in place of an unknown row that stands where it stood: the row's
     * revision renamed after it ran, or {@code null}.
     */
    private static Node renamedAs(RevisionGraph graph, Lineage row, List<Node> lacking) {
        if (row == null) {
            return null;
        }
        for (Node head : lacking) {
            if (row.standsLike(graph, head)) {
                return head;
            }
        }
        return null;
    }

    private static List<String> names(Lineage lineage) {
        List<String> names = new ArrayList<>(lineage.revises());
        names.addAll(lineage.dependsOn());
        return names;
    }

    /** One unknown row's walk down its recorded lineage, to the first revisions of this build. */
    private static final class Walk {
        final String row;
        /** Revisions of this build the row stands on first. */
        final Set<Node> known = new LinkedHashSet<>();
        /** Revisions this build lacks on the way, the row included. */
        final Set<String> unknown = new TreeSet<>();
        /** Parents on the way that have no recorded lineage, so the walk cannot go on. */
        final Set<String> missing = new TreeSet<>();

        private Walk(String row) {
            this.row = row;
        }

        static Walk from(RevisionGraph graph, String row, Map<String, Lineage> recorded) {
            Walk walk = new Walk(row);
            Deque<String> parents = new ArrayDeque<>(List.of(row));
            // A dependency may name a branch label of the newer build, which no row records: such a
            // dependency is skipped, which can only leave the database less provably ahead.
            Deque<String> dependencies = new ArrayDeque<>();
            while (!parents.isEmpty() || !dependencies.isEmpty()) {
                boolean parent = !parents.isEmpty();
                String id = parent ? parents.pop() : dependencies.pop();
                if (walk.unknown.contains(id)) {
                    continue;
                }
                Lineage lineage = recorded.get(id);
                if (lineage == null) {
                    if (parent) {
                        walk.missing.add(id);
                    }
                    continue;
                }
                walk.unknown.add(id);
                for (String name : lineage.revises()) {
                    walk.step(graph, name, parents);
                }
                for (String name : lineage.dependsOn()) {
                    walk.step(graph, name, dependencies);
                }
            }
            return walk;
        }

        private void step(RevisionGraph graph, String name, Deque<String> todo) {
            Node node = graph.byId.containsKey(name) ? graph.byId.get(name) : graph.byLabel.get(name);
            if (node != null) {
                known.add(node);
            } else {
                todo.push(name);
            }
        }
    }
}
