package dev.migrate.cli.bundle;

import dev.migrate.MigrationException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Checks a release bundle against its manifest ({@code META-INF/migrate/bundle.json}, written by
 * {@link BundleWriter}), and the manifest against its own digest; a file changed, missing or added is
 * named. {@code verify} hashes every file of the jar again and compares the SHA-256s; before a command
 * writes, the listing of the jar's central directory (each file's path, size and CRC-32) is compared
 * with the one the manifest records, which inflates no file, and only when it differs are the files
 * hashed, to name them (see {@link QuickCheck}).
 */
public final class BundleGuard {

    /** How many differences a refused write names before it says how many more there are. */
    private static final int NAMED = 5;

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
        BundleCheck check;
        try {
            Optional<Path> jar = BundleSource.jar(loader);
            if (jar.isEmpty()) {
                err.println("Not running from a release bundle: there is no " + EntryRules.BUNDLE_JSON
                        + " to verify (build one with mvn package migrate:bundle)");
                return 1;
            }
            check = BundleCheck.of(jar.get());
        } catch (IOException e) {
            err.println("Cannot verify the bundle: " + e.getMessage());
            return 1;
        }
        if (!check.differences().isEmpty()) {
            err.println("The bundle " + name(check.jar()) + " differs from its manifest " + EntryRules.BUNDLE_JSON
                    + " in " + check.differences().size() + " file(s); it is not the bundle that was built:");
            check.differences().forEach(d -> err.println("  " + d));
            return 1;
        }
        BundleManifest manifest = check.manifest();
        out.println("The bundle " + name(check.jar()) + " is intact: " + manifest.entries().size() + " files match "
                + EntryRules.BUNDLE_JSON + "; " + manifest.revisions().size() + " revision(s), heads "
                + String.join(", ", manifest.heads()) + "; built by migrate " + manifest.toolVersion()
                + " from " + manifest.project() + "; digest " + manifest.digest());
        return 0;
    }

    /**
     * Refuses, before a command writes to the database, to go on from a bundle whose content differs
     * from its manifest; does nothing outside a bundle.
     *
     * @param loader the class loader holding the revisions
     * @throws dev.migrate.MigrationException naming the entry that differs
     */
    public static void checkBeforeWrite(ClassLoader loader) {
        Path jar;
        List<String> differences;
        try {
            Optional<Path> found = BundleSource.jar(loader);
            if (found.isEmpty()) {
                return;
            }
            jar = found.get();
            differences = QuickCheck.differences(jar);
        } catch (IOException e) {
            throw new MigrationException("Refusing to write: the bundle cannot be verified: " + e.getMessage(), e);
        }
        if (differences.isEmpty()) {
            return;
        }
        String named = String.join("; ", differences.subList(0, Math.min(NAMED, differences.size())));
        String more = differences.size() > NAMED ? " and " + (differences.size() - NAMED) + " more" : "";
        throw new MigrationException("Refusing to write: the bundle " + name(jar) + " differs from its manifest "
                + EntryRules.BUNDLE_JSON + " (" + named + more + "); it is not the bundle that was built. Run the"
                + " published bundle, or rebuild it; the verify command lists every difference");
    }

    /** The bundle's file name, for messages. */
    private static String name(Path jar) {
        return jar.getFileName().toString();
    }
}
