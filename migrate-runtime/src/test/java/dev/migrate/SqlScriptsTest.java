package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The offline scripts of a small graph, per dialect, against golden files; no database. */
class SqlScriptsTest {

    private static SqlScripts scripts(String dialect) {
        return Migrator.builder().classLoader(new IndexClassLoader(OfflineGoldenIndex.class)).sqlScripts(dialect);
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mysql", "h2"})
    void upgradeFromBaseMatchesTheGoldenScript(String dialect) throws IOException {
        assertGolden("upgrade-" + dialect + ".sql", scripts(dialect).upgrade("base:heads"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mysql", "h2"})
    void downgradeToBaseMatchesTheGoldenScript(String dialect) throws IOException {
        assertGolden("downgrade-" + dialect + ".sql", scripts(dialect).downgrade("heads:base"));
    }

    private static void assertGolden(String name, String actual) throws IOException {
        String resource = "offline/" + name;
        try (InputStream in = SqlScriptsTest.class.getResourceAsStream(resource)) {
            if (in == null || Boolean.getBoolean("golden.write")) {
                Path file = Path.of("src/test/resources/dev/migrate", resource);
                Files.writeString(file, actual);
                if (in == null) {
                    throw new AssertionError("wrote missing golden file " + file + "; check it and run again");
                }
                return;
            }
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), actual, name);
        }
    }
}
