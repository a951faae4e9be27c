package dev.migrate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.Direction;
import dev.migrate.RevisionInfo;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

/** A step that outlasts the threshold is announced while it runs; every step ends with its duration. */
class LoggingListenerTest {

    private static final RevisionInfo A1 = new RevisionInfo("a1", List.of(), List.of(), List.of(), List.of(),
            "create orders", "db.A1", true, false);

    /** A log that keeps its info lines. */
    private static final class Lines extends SystemStreamLog {
        final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

        @Override
        public void info(CharSequence content) {
            lines.add(content.toString());
        }
    }

    @Test
    void announcesAStepThatIsStillRunning() throws Exception {
        Lines log = new Lines();
        LoggingListener listener = new LoggingListener(log, false, Duration.ZERO);

        listener.started(A1, Direction.UPGRADE);
        // The announcement comes from the timer's thread: wait for it, however long that takes.
        assertEquals("migrate: upgrade a1 \"create orders\" is running ...", log.lines.poll(1, TimeUnit.MINUTES));
        listener.finished(A1, Direction.UPGRADE, Duration.ofMillis(2500));

        assertEquals("migrate: upgrade a1 \"create orders\" (2500 ms)", log.lines.take());
    }

    @Test
    void verboseAnnouncesEveryStart() {
        Lines log = new Lines();
        LoggingListener listener = new LoggingListener(log, true);

        listener.started(A1, Direction.DOWNGRADE);
        listener.finished(A1, Direction.DOWNGRADE, Duration.ofMillis(3));

        assertEquals(List.of("migrate: downgrade a1 (db.A1) ...", "migrate: downgrade a1 \"create orders\" (3 ms)"),
                List.copyOf(log.lines));
        assertTrue(log.lines.stream().noneMatch(line -> line.endsWith("is running ...")));
    }
}
