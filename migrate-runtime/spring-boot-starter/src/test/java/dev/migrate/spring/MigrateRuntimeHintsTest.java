package dev.migrate.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.spring.db.MigrateIndex;
import org.junit.jupiter.api.Test;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;

/** The native image's hints name the index the processor generated for the tests. */
class MigrateRuntimeHintsTest {

    @Test
    void registersTheServiceFileAndTheGeneratedIndexsConstructor() throws NoSuchMethodException {
        RuntimeHints hints = new RuntimeHints();

        new MigrateRuntimeHints().registerHints(hints, getClass().getClassLoader());

        assertThat(RuntimeHintsPredicates.resource().forResource(MigrateRuntimeHints.INDEX_SERVICE)).accepts(hints);
        assertThat(RuntimeHintsPredicates.reflection().onConstructorInvocation(MigrateIndex.class.getConstructor()))
                .accepts(hints);
    }
}
