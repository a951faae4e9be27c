package dev.migrate.internal.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.migrate.Migration;
import dev.migrate.MigrationException;
import dev.migrate.SeedData;
import dev.migrate.graph.Message;
import dev.migrate.internal.engine.RevisionMap;
import dev.migrate.spi.RevisionDescriptor;
import dev.migrate.spi.RevisionIndex;
import dev.migrate.spi.SeedDescriptor;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LoadedRevisionsTest {

    private static RevisionDescriptor revision(String id, String revises, String dependsOn) {
        return RevisionDescriptor.of(id, revises, dependsOn, "", id, true, null, "db." + id);
    }

    private static LoadedRevisions loaded(RevisionDescriptor... revisions) {
        LoadedRevisions.Builder builder = LoadedRevisions.builder();
        builder.add(new RevisionIndex() {
            @Override
            public List<RevisionDescriptor> revisions() {
                return List.of(revisions);
            }

            @Override
            public Migration newMigration(int position) {
                throw new UnsupportedOperationException();
            }
        });
        return builder.build();
    }

    @Test
    void headsWithoutTheGraphAreTheGraphsHeads() {
        // a branch (b, c), a merge of it (d), a second base (e) that d only depends on, and a branch tip (f)
        LoadedRevisions revisions = loaded(revision("a1", "", ""), revision("b1", "a1", ""), revision("c1", "a1", ""),
                revision("d1", "b1 c1", "e1"), revision("e1", "", ""), revision("f1", "c1", ""));
        Set<String> heads = revisions.heads();
        assertEquals(Set.of("d1", "e1", "f1"), heads);
        assertEquals(new RevisionMap(revisions.nodes()).heads(), List.copyOf(new TreeSet<>(heads)));
    }

    @Test
    void noRevisionsNoHeads() {
        assertEquals(Set.of(), loaded().heads());
    }

    /** An index with seeds, as the processor generates it for a compilation that has some. */
    private static RevisionIndex withSeeds(SeedDescriptor... seeds) {
        return new RevisionIndex() {
            @Override
            public List<RevisionDescriptor> revisions() {
                return List.of();
            }

            @Override
            public Migration newMigration(int position) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<SeedDescriptor> seeds() {
                return List.of(seeds);
            }

            @Override
            public SeedData newSeed(int position) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Test
    void anIndexFromBeforeSeedsHasNone() {
        assertEquals(List.of(), loaded(revision("a1", "", "")).seeds());
    }

    @Test
    void seedsOfSeveralIndexesAreMergedByIdAndAnIdTwiceIsRefused() {
        LoadedRevisions.Builder builder = LoadedRevisions.builder();
        builder.add(withSeeds(SeedDescriptor.of("users", "dev", "a1", null, "one.Users")));
        builder.add(withSeeds(SeedDescriptor.of("roles", "", "a1", null, "two.Roles")));
        assertEquals(List.of("roles", "users"), builder.build().seeds().stream().map(SeedDescriptor::id).toList());

        RevisionIndex third = withSeeds(SeedDescriptor.of("users", "", "a1", null, "three.Users"));
        MigrationException twice = assertThrows(MigrationException.class, () -> builder.add(third));
        assertEquals(Message.DUPLICATE_SEED_ID.format("users", "one.Users", "three.Users"), twice.getMessage());
    }
}
