package dev.migrate.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.spi.IndexContents;
import org.junit.jupiter.api.Test;

/** A native image's list of what the runtime loads holds the seeds the processor indexed, and their CSV files. */
class SeedIndexContentsTest {

    @Test
    void seedClassesAndTheirCsvFilesAreListed() {
        IndexContents contents = IndexContents.of(SeedIndexContentsTest.class.getClassLoader());

        assertTrue(contents.revisionClasses().contains("dev.migrate.cli.shop.DemoItems"), contents.toString());
        assertTrue(contents.revisionClasses().contains("dev.migrate.cli.shop.CreateItems"), contents.toString());
        assertTrue(contents.resources().contains("dev/migrate/cli/shop/demo_items.csv"), contents.toString());
    }
}
