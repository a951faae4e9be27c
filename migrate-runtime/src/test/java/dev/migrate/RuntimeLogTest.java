package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the runtime logs through {@link System.Logger}, read where the JDK sends it without a logging
 * framework: java.util.logging's logger {@code dev.migrate}.
 */
class RuntimeLogTest {

    private final List<LogRecord> records = new ArrayList<>();
    private final Logger jul = Logger.getLogger("dev.migrate");
    private final Handler capture = new Handler() {
        @Override public void publish(LogRecord record) {
            synchronized (records) {
                records.add(record);
            }
        }
        @Override public void flush() {}
        @Override public void close() {}
    };
    private Level previous;

    @BeforeEach
    void listen() {
        previous = jul.getLevel();
        jul.setLevel(Level.ALL);
        jul.addHandler(capture);
    }

    @AfterEach
    void stop() {
        jul.removeHandler(capture);
        jul.setLevel(previous);
    }

    private List<String> lines(Level level) {
        synchronized (records) {
            return records.stream().filter(r -> r.getLevel().equals(level)).map(LogRecord::getMessage).toList();
        }
    }

    @Test
    void warnsWhenTheClassLoaderHasNoRevisionIndex() throws Exception {
        try (TestDatabase db = TestDatabase.open(DatabaseKind.H2);
                URLClassLoader project = new URLClassLoader("project-without-processor", new URL[0],
                        ClassLoader.getPlatformClassLoader());
                Migrator migrator = Migrator.builder().dataSource(db.dataSource()).classLoader(project).build()) {
            assertEquals(List.of(), migrator.upgrade("heads"));
        }
        assertEquals(List.of("No revision index found on the class loader 'project-without-processor': there are no"
                + " revisions, so upgrade and downgrade apply nothing. Compile the revisions with"
                + " dev.migrate:migrate-processor on the annotation processor path (it generates the index,"
                + " META-INF/services/dev.migrate.spi.RevisionIndex), and run with that class loader"),
                lines(Level.WARNING));
    }

    @Test
    void logsTheDatabaseAndEachRevisionAtDebugAndEachCommandAtInfo() throws Exception {
        String url;
        try (TestDatabase db = TestDatabase.open(DatabaseKind.H2);
                Migrator migrator = Migrator.builder().url(db.url(), "sa", "")
                        .schema("PUBLIC").classLoader(new IndexClassLoader(ShopIndex.class)).build()) {
            url = db.url();
            migrator.upgrade("heads");
            migrator.downgrade("-1");
        }
        List<String> debug = lines(Level.FINE);
        assertTrue(debug.contains("database " + url + ", tables PUBLIC.migrate_version and PUBLIC.migrate_history"),
                debug.toString());
        // Each revision at DEBUG, with its duration; one summary a command at INFO.
        List<String> steps = debug.stream().filter(line -> line.endsWith(" ms)"))
                .map(line -> line.replaceAll("\\(\\d+ ms\\)", "(n ms)")).toList();
        assertEquals(List.of("upgrade a1 \"create customers\" (n ms)", "upgrade b2 \"create orders\" (n ms)",
                "upgrade c3 \"add order note\" (n ms)", "downgrade c3 \"add order note\" (n ms)"), steps);
        List<String> info = lines(Level.INFO).stream().map(line -> line.replaceAll("in \\d+ ms", "in n ms")).toList();
        assertEquals(List.of("upgraded to heads: 3 revision(s) applied, a1 to c3, in n ms",
                "downgraded to -1: 1 revision(s) reverted, c3, in n ms"), info);
        assertEquals(List.of(), lines(Level.WARNING));
    }
}
