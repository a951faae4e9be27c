package dev.migrate.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.migrate.junit.processed.Migrations;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The round trip as a user has it: revisions compiled by the processor (the package {@code
 * processed}, whose index javac generated into the test classes) and the one-line class, on the
 * default embedded H2.
 */
class ProcessedRevisionsTest {

    @Test
    void theOneLineClassChecksTheCompiledRevisionsOnTheEmbeddedDatabase() {
        Map<String, String> expected = new TreeMap<>();
        String[] revisions = {"a1b2c3d4e5f6 create customers", "b2c3d4e5f6a1 create orders",
                "c3d4e5f6a1b2 index customer names"};
        expected.put("singleHead/" + revisions[2], "SUCCESSFUL");
        for (String revision : revisions) {
            expected.put("upgrade/" + revision, "SUCCESSFUL");
            expected.put("upDownConsistency/" + revision, "SUCCESSFUL");
            expected.put("downgradeToBase/" + revision, "SUCCESSFUL");
        }
        expected.put("downgradeToBase/heads", "SUCCESSFUL");
        expected.put("downgradeToBase/base", "SUCCESSFUL");

        assertEquals(expected, Outcomes.of(Migrations.class));
    }
}
