package dev.migrate.cli.bundle;

import java.io.PrintStream;

/** Checks a release bundle against its manifest: for {@code verify}, and before any command writes. */
public final class BundleGuard {

    private BundleGuard() {}

    /**
     * The {@code verify} command: recomputes the digests of the bundle this command runs from and
     * compares them with its manifest.
     *
     * @param loader the class loader holding the revisions
     * @param out where the result goes
     * @param err where a difference or a missing manifest is reported
     * @return 0 when the bundle is intact, 1 otherwise (not a bundle, or an entry differs)
     */
    public static int verify(ClassLoader loader, PrintStream out, PrintStream err) {
        // Filled in by the bundle work.
        err.println("Not running from a release bundle: there is no META-INF/migrate/bundle.json to verify.");
        return 1;
    }

    /**
     * Refuses, before a command writes to the database, to go on from a bundle whose content differs
     * from its manifest; does nothing outside a bundle.
     *
     * @param loader the class loader holding the revisions
     * @throws dev.migrate.MigrationException naming the entry whose digest differs
     */
    public static void checkBeforeWrite(ClassLoader loader) {
        // Filled in by the bundle work: nothing to check outside a bundle.
    }
}
