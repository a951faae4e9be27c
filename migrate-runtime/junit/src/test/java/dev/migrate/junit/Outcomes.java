package dev.migrate.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Map;
import java.util.TreeMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** Runs a test class through the JUnit Platform with {@link EngineTestKit} and reads what each dynamic test did. */
final class Outcomes {

    private Outcomes() {}

    /**
     * The outcome of each dynamic test of the class, by {@code check/display name}: {@code
     * SUCCESSFUL}, or {@code FAILED: } or {@code ABORTED: } and the message. Fails when a check
     * itself (a test factory) failed.
     */
    static Map<String, String> of(Class<?> testClass) {
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute();
        assertEquals(0, results.containerEvents().failed().count(), () -> results.containerEvents().failed().list().toString());
        Map<String, String> outcomes = new TreeMap<>();
        for (Event event : results.testEvents().finished().list()) {
            outcomes.put(key(event), outcome(event, ""));
        }
        for (Event event : results.testEvents().aborted().list()) {
            outcomes.put(key(event), outcome(event, "ABORTED"));
        }
        return outcomes;
    }

    /** The message of each check (test factory) that failed itself, by check. */
    static Map<String, String> failedChecks(Class<?> testClass) {
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute();
        Map<String, String> failed = new TreeMap<>();
        for (Event event : results.containerEvents().failed().list()) {
            failed.put(check(event.getTestDescriptor().getUniqueId()), outcome(event, ""));
        }
        return failed;
    }

    private static String key(Event event) {
        return check(event.getTestDescriptor().getUniqueId()) + "/" + event.getTestDescriptor().getDisplayName();
    }

    private static String outcome(Event event, String status) {
        TestExecutionResult result = event.getRequiredPayload(TestExecutionResult.class);
        return (status.isEmpty() ? result.getStatus().name() : status)
                + result.getThrowable().map(e -> ": " + e.getMessage()).orElse("");
    }

    /** The test factory a dynamic test came from, such as {@code upgrade}. */
    private static String check(UniqueId id) {
        return id.getSegments().stream().filter(s -> s.getType().equals("test-factory")).findFirst()
                .map(s -> s.getValue().replace("()", "")).orElseThrow();
    }
}
