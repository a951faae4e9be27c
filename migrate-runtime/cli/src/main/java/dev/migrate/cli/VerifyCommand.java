package dev.migrate.cli;

import dev.migrate.cli.bundle.BundleGuard;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code migrate verify}: the release bundle is the one that was built. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Checks the release bundle this runs from against its manifest (META-INF/migrate/bundle.json),"
                + " naming any entry that differs (no database).")
final class VerifyCommand implements Callable<Integer> {

    @ParentCommand
    private MigrateCommand parent;

    @Override
    public Integer call() {
        Environment environment = parent.environment();
        return BundleGuard.verify(environment.loader(), environment.out(), environment.err());
    }
}
