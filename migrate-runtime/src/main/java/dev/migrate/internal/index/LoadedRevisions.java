package dev.migrate.internal.index;

import dev.migrate.Migration;
import dev.migrate.MigrationException;
import dev.migrate.SeedData;
import dev.migrate.graph.Message;
import dev.migrate.graph.RevisionNode;
import dev.migrate.spi.RevisionAllowance;
import dev.migrate.spi.RevisionDescriptor;
import dev.migrate.spi.SeedDescriptor;
import dev.migrate.spi.RevisionIndex;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The revisions and seeds of every index on a class path, merged and validated, by id. */
public final class LoadedRevisions {

    private record Entry(RevisionDescriptor descriptor, RevisionIndex index, int position) {}

    private record SeedEntry(SeedDescriptor descriptor, RevisionIndex index, int position) {}

    private final Map<String, Entry> byId;
    private final List<RevisionDescriptor> descriptors;
    private final List<RevisionIndex> indexes;
    private final Map<String, SeedEntry> seedsById;
    private final List<SeedDescriptor> seeds;
    private final Set<String> heads;

    LoadedRevisions(Map<String, Entry> byId, List<RevisionDescriptor> descriptors, List<RevisionIndex> indexes,
            Map<String, SeedEntry> seedsById, List<SeedDescriptor> seeds) {
        this.byId = byId;
        this.descriptors = descriptors;
        this.indexes = indexes;
        this.seedsById = seedsById;
        this.seeds = seeds;
        // Here, on the thread that loads the index in the background, rather than at each caller's ask.
        this.heads = findHeads(descriptors);
    }

    static Builder builder() {
        return new Builder();
    }

    /** All revisions, sorted by id; a duplicated id appears once per declaration. */
    public List<RevisionDescriptor> descriptors() {
        return descriptors;
    }

    /**
     * The heads, revisions that no revision revises, found in one pass over the descriptors as they
     * load: what the engine's graph calls heads, without linking the graph.
     *
     * @return the head ids
     */
    public Set<String> heads() {
        return heads;
    }

    private static Set<String> findHeads(List<RevisionDescriptor> descriptors) {
        Set<String> revised = new HashSet<>();
        for (RevisionDescriptor d : descriptors) {
            revised.addAll(d.revises());
        }
        Set<String> heads = new HashSet<>();
        for (RevisionDescriptor d : descriptors) {
            if (!revised.contains(d.id())) {
                heads.add(d.id());
            }
        }
        return Set.copyOf(heads);
    }

    /** The revisions as graph nodes, for the graph rules and the engine. */
    public List<RevisionNode> nodes() {
        return nodes(descriptors);
    }

    /**
     * Revisions as graph nodes, for the graph rules and the engine.
     *
     * @param descriptors the revisions
     * @return one node per revision, in the same order
     */
    public static List<RevisionNode> nodes(Collection<RevisionDescriptor> descriptors) {
        List<RevisionNode> nodes = new ArrayList<>(descriptors.size());
        for (RevisionDescriptor d : descriptors) {
            nodes.add(new RevisionNode(d.id(), d.revises(), d.dependsOn(), d.branchLabels(), d.className()));
        }
        return nodes;
    }

    /**
     * The {@code @Allow}s of every revision, read from the indexes when asked: only history and
     * bundles show them, so loading the revisions does not pay for them.
     *
     * @return each revision's allowances in the order declared, by revision id, sorted; revisions
     *     without one are left out
     */
    public Map<String, List<RevisionAllowance>> allowances() {
        Map<String, List<RevisionAllowance>> byRevision = new TreeMap<>();
        for (RevisionIndex index : indexes) {
            for (RevisionAllowance allowance : index.allowances()) {
                byRevision.computeIfAbsent(allowance.revision(), id -> new ArrayList<>()).add(allowance);
            }
        }
        byRevision.replaceAll((id, list) -> List.copyOf(list));
        return Collections.unmodifiableMap(byRevision);
    }

    /** The revision with this exact id. */
    public Optional<RevisionDescriptor> descriptor(String id) {
        Entry entry = byId.get(id);
        return entry == null ? Optional.empty() : Optional.of(entry.descriptor());
    }

    /** A new instance of the revision with this exact id, created by its index's generated code. */
    public Migration newMigration(String id) {
        Entry entry = byId.get(id);
        if (entry == null) {
            throw new IllegalArgumentException("no revision " + id);
        }
        return entry.index().newMigration(entry.position());
    }

    /** All seeds, sorted by id. */
    public List<SeedDescriptor> seeds() {
        return seeds;
    }

    /** A new instance of the seed with this exact id, created by its index's generated code. */
    public SeedData newSeed(String id) {
        SeedEntry entry = seedsById.get(id);
        if (entry == null) {
            throw new IllegalArgumentException("no seed " + id);
        }
        return entry.index().newSeed(entry.position());
    }

    /**
     * Starts loading the classes of {@code ids}, in order, ahead of the steps that create them.
     *
     * @param ids the revisions a command is about to run
     * @return the preloader; close it when the command ends
     */
    public ClassPreloader preload(List<String> ids) {
        List<String> names = new ArrayList<>(ids.size());
        List<ClassLoader> loaders = new ArrayList<>(ids.size());
        for (String id : ids) {
            Entry entry = byId.get(id);
            if (entry != null) {
                names.add(entry.descriptor().className());
                // A revision is compiled with its index, so the index's loader defines its class.
                loaders.add(entry.index().getClass().getClassLoader());
            }
        }
        ClassPreloader preloader = new ClassPreloader(names, loaders);
        preloader.start();
        return preloader;
    }

    /** Collects the revisions of several indexes. */
    static final class Builder {
        private final Map<String, Entry> byId = new java.util.HashMap<>();
        private final List<RevisionDescriptor> all = new ArrayList<>();
        private final List<RevisionIndex> indexes = new ArrayList<>();
        private final Map<String, SeedEntry> seedsById = new java.util.HashMap<>();

        void add(RevisionIndex index) {
            indexes.add(index);
            List<RevisionDescriptor> revisions = index.revisions();
            for (int i = 0; i < revisions.size(); i++) {
                RevisionDescriptor d = revisions.get(i);
                all.add(d);
                byId.putIfAbsent(d.id(), new Entry(d, index, i));
            }
            List<SeedDescriptor> seeds = index.seeds();
            for (int i = 0; i < seeds.size(); i++) {
                SeedDescriptor seed = seeds.get(i);
                SeedEntry before = seedsById.putIfAbsent(seed.id(), new SeedEntry(seed, index, i));
                if (before != null) {
                    // The processor refuses this within a compilation; two jars can still bring one each.
                    throw new MigrationException(Message.DUPLICATE_SEED_ID.format(seed.id(),
                            before.descriptor().className(), seed.className()));
                }
            }
        }

        LoadedRevisions build() {
            List<RevisionDescriptor> sorted = new ArrayList<>(all);
            sorted.sort(java.util.Comparator.comparing(RevisionDescriptor::id));
            List<SeedDescriptor> seeds = new ArrayList<>();
            seedsById.values().forEach(entry -> seeds.add(entry.descriptor()));
            seeds.sort(java.util.Comparator.comparing(SeedDescriptor::id));
            return new LoadedRevisions(Collections.unmodifiableMap(byId), Collections.unmodifiableList(sorted),
                    List.copyOf(indexes), Map.copyOf(seedsById), List.copyOf(seeds));
        }
    }
}
