package dev.migrate.cli.bundle;

/** Refuses to write to a database from a release bundle whose content differs from its manifest. */
public final class BundleGuard {

    private BundleGuard() {}

    /**
     * Checks the bundle this command runs from, if any, before a command writes.
     *
     * @param loader the class loader holding the revisions
     */
    public static void checkBeforeWrite(ClassLoader loader) {
        // Filled in by the bundle work: nothing to check outside a bundle.
    }
}
