package dev.migrate.internal.execution;

import dev.migrate.MigrationException;
import dev.migrate.internal.engine.PlannedStep;
import dev.migrate.internal.jdbc.JdbcOps;
import dev.migrate.internal.jdbc.Texts;
import dev.migrate.spi.RevisionDescriptor;
import java.util.Locale;

/** The wording of a failed step: which revision failed to do what, and what it left behind. */
final class StepFailure {

    private StepFailure() {}

    /**
     * The failure of {@code revision}'s step, caused by {@code e}, followed by {@code consequence}:
     * what the database holds now and what to do.
     */
    static MigrationException of(RevisionDescriptor revision, PlannedStep step, Exception e, String consequence) {
        String verb = step.direction().name().toLowerCase(Locale.ROOT);
        String what;
        Throwable cause = e;
        if (e instanceof JdbcOps.StatementFailedException || (e instanceof MigrationException
                && e.getMessage() != null && e.getMessage().startsWith("Revision " + revision.id()))) {
            what = e.getMessage();
        } else if (e instanceof Thrown user) {
            cause = user.getCause();
            what = "Revision " + revision.id() + " failed to " + verb + ": " + Texts.describe(cause);
        } else if (e instanceof MigrationException) {
            what = "Revision " + revision.id() + " failed to " + verb + ": " + e.getMessage();
        } else {
            what = "Revision " + revision.id() + " failed to " + verb + ": " + Texts.describe(e);
        }
        return new MigrationException(what + System.lineSeparator() + consequence, cause);
    }

    /** Carries a checked exception thrown by a revision. */
    static final class Thrown extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Thrown(Exception cause) {
            super(cause);
        }
    }
}
