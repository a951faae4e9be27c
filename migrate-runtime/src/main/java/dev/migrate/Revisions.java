package dev.migrate;

import dev.migrate.graph.Problem;
import dev.migrate.graph.RevisionGraphValidator;
import dev.migrate.internal.command.RuntimeMessage;
import dev.migrate.internal.engine.RevisionMap;
import dev.migrate.internal.index.IndexLoader;
import dev.migrate.internal.index.LoadedRevisions;
import dev.migrate.spi.RevisionDescriptor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The revision graph on its own, without a database: its revisions, heads and branch points, and
 * the parents a new revision takes. It answers what {@code alembic heads}, {@code branches} and
 * {@code show} answer, and chooses parents as {@code alembic revision} and {@code merge} do.
 *
 * <pre>{@code
 * Revisions revisions = Revisions.load(classLoader);   // the compiled indexes; no database
 * RevisionInfo head = revisions.get("head");
 * for (RevisionInfo point : revisions.branchPoints()) {
 *     System.out.println(point.id() + " branches into " + point.revisedBy());
 * }
 * }</pre>
 *
 * <p>Targets are the absolute ones of {@link Migrator}: {@code head}, {@code heads}, {@code base},
 * an id or a unique prefix of one, a branch label, {@code label@head}, {@code label@<id>}.
 * Relative steps walk from the database's current revisions, so they need a {@link Migrator}.
 * Every {@link RevisionInfo} returned here has {@code applied} false. Instances are immutable and
 * safe to share between threads.
 */
public final class Revisions {

    private final Map<String, RevisionDescriptor> byId;
    private final RevisionMap map;
    private final Set<String> heads;

    /** Over revisions that have passed the graph rules. */
    Revisions(Collection<RevisionDescriptor> validated) {
        this.byId = new HashMap<>(validated.size() * 2);
        for (RevisionDescriptor d : validated) {
            byId.put(d.id(), d);
        }
        this.map = new RevisionMap(LoadedRevisions.nodes(validated));
        this.heads = Set.copyOf(map.heads());
    }

    /**
     * Loads the revision indexes that {@code migrate-processor} generated, as {@link Migrator}
     * does, merged and checked against the graph rules (several heads allowed).
     *
     * @param classLoader where to look for the indexes
     * @return the graph; empty when the class loader has no index
     * @throws MigrationException when an index cannot be loaded, is there twice, or the merged graph
     *     breaks a rule
     */
    public static Revisions load(ClassLoader classLoader) {
        return new Revisions(IndexLoader.load(Objects.requireNonNull(classLoader, "classLoader"), true).descriptors());
    }

    /**
     * The graph of the given revisions, such as those a build tool read from source files,
     * checked against the rules the processor applies (several heads allowed).
     *
     * @param revisions the revisions, in any order
     * @return the graph
     * @throws MigrationException listing every broken rule
     */
    public static Revisions of(Collection<RevisionDescriptor> revisions) {
        List<RevisionDescriptor> copy = List.copyOf(revisions);
        List<Problem> problems = RevisionGraphValidator.validate(LoadedRevisions.nodes(copy), true);
        if (!problems.isEmpty()) {
            String lines = problems.stream().map(p -> "  - " + p.text()).collect(Collectors.joining(System.lineSeparator()));
            throw new MigrationException(RuntimeMessage.INVALID_REVISIONS.format(lines));
        }
        return new Revisions(copy);
    }

    /**
     * This graph with one more revision, such as one about to be written, checked against the
     * graph rules (several heads allowed): an id or label that is malformed or already taken, or
     * a reference to nothing, is an error.
     *
     * @param revision the new revision
     * @return the larger graph; this one is unchanged
     * @throws MigrationException listing every broken rule
     */
    public Revisions with(RevisionDescriptor revision) {
        List<RevisionDescriptor> all = new ArrayList<>(byId.values());
        all.add(Objects.requireNonNull(revision, "revision"));
        return of(all);
    }

    /**
     * Every revision from the heads down to the bases, each before the revisions it stands on,
     * branches one after the other: the order of {@link Migrator#history()}.
     *
     * @return the revisions, newest first
     */
    public List<RevisionInfo> all() {
        List<RevisionInfo> all = new ArrayList<>(byId.size());
        for (String id : map.history()) {
            all.add(info(id, false));
        }
        return all;
    }

    /**
     * The checksum the index gives a revision: the SHA-256 of its normalised source, which the
     * history table keeps to tell when an applied revision's source changed.
     *
     * @param id a revision's full id
     * @return the lower-case hex checksum; empty for an unknown id, or when the compiler gave no source
     */
    public Optional<String> checksum(String id) {
        RevisionDescriptor revision = byId.get(id);
        return revision == null ? Optional.empty() : Optional.ofNullable(revision.checksum());
    }

    /**
     * The heads: revisions that no revision revises.
     *
     * @return the head ids, sorted
     */
    public List<String> heads() {
        return map.heads();
    }

    /**
     * The branch points: revisions that several revisions revise, as {@code alembic branches}
     * lists them.
     *
     * @return the branch points, newest first; {@link RevisionInfo#revisedBy()} names the branches
     */
    public List<RevisionInfo> branchPoints() {
        List<RevisionInfo> points = new ArrayList<>();
        for (String id : map.history()) {
            if (map.children(id).size() > 1) {
                points.add(info(id, false));
            }
        }
        return points;
    }

    /**
     * The one revision a target stands for, as {@code alembic show} reads it.
     *
     * @param target such as an id or unique prefix, a branch label, {@code head} or {@code label@head}
     * @return the revision
     * @throws MigrationException if the target is unknown or ambiguous, stands for several revisions
     *     ({@code head} while there are several heads), or for none ({@code base})
     */
    public RevisionInfo get(String target) {
        Objects.requireNonNull(target, "target");
        String id = map.revision(target).orElseThrow(
                () -> new MigrationException(RuntimeMessage.NO_REVISION.format(target)));
        return info(id, false);
    }

    /**
     * The revisions a target stands for: several for {@code heads}, none for {@code base}.
     *
     * @param target any absolute target
     * @return the revisions
     * @throws MigrationException if the target is unknown or ambiguous
     */
    public List<RevisionInfo> resolve(String target) {
        List<RevisionInfo> result = new ArrayList<>();
        for (String id : map.resolve(Objects.requireNonNull(target, "target"))) {
            result.add(info(id, false));
        }
        return result;
    }

    /**
     * The parents of a new revision, chosen as {@code alembic revision --head} and {@code alembic
     * merge} choose them: the revisions the targets stand for, each of which must be a head unless
     * {@code splice} allows a new branch to start below one.
     *
     * @param targets such as {@code head} (the single head, or none in an empty graph), {@code
     *     heads} (every head: a merge), ids or unique prefixes, {@code label@head}, or {@code base}
     *     (none: a new base)
     * @param splice whether a parent may be a revision that others already revise
     * @return the parents' full ids, in the order the targets give them
     * @throws MigrationException for an unknown or ambiguous target, {@code head} while there are
     *     several heads, a revision named twice, or a parent that is not a head without {@code splice}
     */
    public List<String> parentsFor(List<String> targets, boolean splice) {
        List<String> parents = new ArrayList<>();
        for (String target : targets) {
            for (String id : map.resolve(Objects.requireNonNull(target, "target"))) {
                if (parents.contains(id)) {
                    throw new MigrationException(RuntimeMessage.PARENT_TWICE.format(id, String.join(", ", targets)));
                }
                if (!splice && !heads.contains(id)) {
                    throw new MigrationException(RuntimeMessage.NOT_A_HEAD.format(id,
                            String.join(", ", map.children(id)), String.join(", ", map.heads()), id));
                }
                parents.add(id);
            }
        }
        return parents;
    }

    /**
     * What a new revision's {@code dependsOn} records for the given names, as {@code alembic
     * revision --depends-on} records it: a branch label stays a label, so the dependency follows
     * that branch; anything else becomes the full id of the one revision it stands for.
     *
     * @param names ids, unique prefixes, branch labels or {@code label@head} forms
     * @return the values, in order
     * @throws MigrationException if a name is unknown, ambiguous or stands for other than one revision
     */
    public List<String> dependencies(List<String> names) {
        List<String> result = new ArrayList<>(names.size());
        for (String name : names) {
            String id = get(name).id();
            result.add(map.branchLabels(id).contains(name) ? name : id);
        }
        return result;
    }

    /** The revision in the graph's terms; {@code applied} is the caller's knowledge. */
    RevisionInfo info(String id, boolean applied) {
        RevisionDescriptor d = byId.get(id);
        return new RevisionInfo(d.id(), d.revises(), map.children(id), d.dependsOn(), d.branchLabels(), d.message(),
                d.className(), heads.contains(id), applied);
    }

    RevisionMap map() {
        return map;
    }
}
