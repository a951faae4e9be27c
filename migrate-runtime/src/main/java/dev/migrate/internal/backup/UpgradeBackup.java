package dev.migrate.internal.backup;

import dev.migrate.Backup;
import dev.migrate.MigrationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * {@code backupBeforeUpgrade} and {@code restoreOnFailure}: a backup before an upgrade that has
 * something to apply, restored when the upgrade fails, for databases whose DDL cannot roll back.
 *
 * @param service the database's backups
 * @param directory where the backup goes
 * @param restoreOnFailure whether a failed upgrade restores it
 */
public record UpgradeBackup(BackupService service, Path directory, boolean restoreOnFailure) {

    /** Fails before the upgrade connects for writes when a tool is missing. */
    public void requireTools() {
        service.requireTools();
    }

    /** Takes the backup of a database at {@code current}. */
    public Backup take(List<String> current) {
        return service.backup(directory, current);
    }

    /**
     * What a failed upgrade was doing, for the log written beside the backup it restores.
     *
     * @param target the upgrade's target, such as {@code heads}
     * @param failed the revision that failed
     * @param applied the revisions the run applied before it, which the restore undoes too
     */
    public record FailedRun(String target, String failed, List<String> applied) {}

    /**
     * Writes the failed run's details beside {@code backup}, then restores {@code backup} after {@code failure}.
     *
     * @return the failure to throw: its message, then which backup was restored and where the run's details are
     */
    public MigrationException restore(Backup backup, MigrationException failure, FailedRun run) {
        Path log = BackupFiles.failureLog(backup.file());
        String logged = write(log, backup, failure, run);
        try {
            service.restore(backup.file(), null);
        } catch (MigrationException e) {
            MigrationException both = new MigrationException(failure.getMessage() + "\nrestoreOnFailure: restoring"
                    + " the backup " + backup.file() + " failed too: " + e.getMessage() + logged, failure);
            both.addSuppressed(e);
            return both;
        }
        // The failure's advice to repair by hand no longer applies: the restore undid the failed step.
        return new MigrationException(failure.getMessage() + "\nrestoreOnFailure: the database was restored from the"
                + " backup " + backup.file() + " taken before the upgrade, so there is nothing to repair or resolve"
                + logged, failure);
    }

    /**
     * Writes the log of the failed run, before the restore, so that it stays even when the restore
     * fails; the failure's message already names the revision, the rejected statement and the error.
     *
     * @return the message's sentence naming the log, or why there is none
     */
    private static String write(Path log, Backup backup, MigrationException failure, FailedRun run) {
        String text = "upgrade to " + run.target() + " failed at revision " + run.failed() + ", "
                + Instant.now().truncatedTo(ChronoUnit.MILLIS) + "\n"
                + "applied by this run before it, undone by the restore: "
                + (run.applied().isEmpty() ? "none" : String.join(", ", run.applied())) + "\n"
                + "backup taken before the upgrade and restored: " + backup.file() + "\n\n"
                + failure.getMessage() + "\n";
        try {
            Files.writeString(log, text, StandardCharsets.UTF_8);
            return "; the failed run's revision, statement and error are in " + log;
        } catch (IOException e) {
            return "; its details could not be written to " + log + ": " + e.getMessage();
        }
    }
}
