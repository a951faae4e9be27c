package dev.migrate;

import dev.migrate.spi.RevisionDescriptor;
import dev.migrate.spi.RevisionIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** A hand-written index of a straight line of revisions, each given by its id, flag and constructor. */
abstract class ListedIndex implements RevisionIndex {

    /** One revision: its id, whether it is transactional, and how to create it. */
    record Entry(String id, boolean transactional, Supplier<Migration> create) {}

    private final List<RevisionDescriptor> descriptors = new ArrayList<>();
    private final List<Entry> entries;

    /** The revisions in order, each revising the one before. */
    ListedIndex(Entry... entries) {
        this.entries = List.of(entries);
        String parent = "";
        for (Entry entry : entries) {
            descriptors.add(RevisionDescriptor.of(entry.id(), parent, "", "", "revision " + entry.id(),
                    entry.transactional(), "sum-" + entry.id(), entry.create().get().getClass().getName()));
            parent = entry.id();
        }
    }

    static Entry entry(String id, Supplier<Migration> create) {
        return new Entry(id, true, create);
    }

    static Entry nonTransactional(String id, Supplier<Migration> create) {
        return new Entry(id, false, create);
    }

    @Override
    public List<RevisionDescriptor> revisions() {
        return descriptors;
    }

    @Override
    public Migration newMigration(int position) {
        return entries.get(position).create().get();
    }
}
