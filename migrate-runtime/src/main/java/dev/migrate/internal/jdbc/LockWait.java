package dev.migrate.internal.jdbc;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How a command waits for another run's migration lock: for how long at most, and whom it tells,
 * at once and then every {@code interval}, that it waits and who holds the lock.
 *
 * @param timeout the longest wait
 * @param interval how often to say again that the command still waits
 * @param warn who hears it (the listener's {@code warning}, which the runtime's log hears too)
 */
public record LockWait(Duration timeout, Duration interval, Consumer<String> warn) {

    /** How often a waiting command says so unless told otherwise. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(30);

    /** Checks the values. */
    public LockWait {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(warn, "warn");
        // A negative timeout is taken as "do not wait", as the databases take it.
        timeout = timeout.isNegative() ? Duration.ZERO : timeout;
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval is not positive: " + interval);
        }
    }

    /**
     * A wait that nobody hears about.
     *
     * @param timeout the longest wait
     * @return the wait
     */
    public static LockWait silent(Duration timeout) {
        return new LockWait(timeout, DEFAULT_INTERVAL, message -> { });
    }
}
