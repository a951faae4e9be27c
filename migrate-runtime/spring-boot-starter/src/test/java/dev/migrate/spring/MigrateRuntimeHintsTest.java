package dev.migrate.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.spring.db.CreateNotes;
import dev.migrate.spring.db.CreateTags;
import dev.migrate.spring.db.IndexTags;
import dev.migrate.spring.db.MigrateIndex;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.support.SpringFactoriesLoader;

/** The native image's hints name what the processor generated and listed for the tests' revisions. */
class MigrateRuntimeHintsTest {

    private final RuntimeHints hints = new RuntimeHints();

    MigrateRuntimeHintsTest() {
        new MigrateRuntimeHints().registerHints(hints, getClass().getClassLoader());
    }

    @Test
    void registersTheServiceFileAndTheGeneratedIndexsConstructor() throws NoSuchMethodException {
        assertThat(RuntimeHintsPredicates.resource().forResource("META-INF/services/dev.migrate.spi.RevisionIndex"))
                .accepts(hints);
        assertThat(RuntimeHintsPredicates.reflection().onConstructorInvocation(MigrateIndex.class.getConstructor()))
                .accepts(hints);
    }

    @Test
    void registersTheConstructorOfEachRevisionTheIndexLists() throws NoSuchMethodException {
        for (Class<?> revision : List.of(CreateNotes.class, CreateTags.class, IndexTags.class)) {
            assertThat(RuntimeHintsPredicates.reflection().onConstructorInvocation(revision.getDeclaredConstructor()))
                    .as(revision.getName()).accepts(hints);
        }
        // A class the index does not list is not registered.
        assertThat(RuntimeHintsPredicates.reflection().onType(MigrateRuntimeHintsTest.class)).rejects(hints);
    }

    @Test
    void registersTheScriptsTheRevisionsRun() {
        assertThat(RuntimeHintsPredicates.resource().forResource("dev/migrate/spring/db/create_tags.sql"))
                .accepts(hints);
        assertThat(RuntimeHintsPredicates.resource().forResource("dev/migrate/spring/db/other.sql")).rejects(hints);
    }

    @Test
    void isRegisteredForAotThroughItsFactoriesFile() {
        assertThat(SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories")
                .load(RuntimeHintsRegistrar.class)).hasAtLeastOneElementOfType(MigrateRuntimeHints.class);
    }
}
