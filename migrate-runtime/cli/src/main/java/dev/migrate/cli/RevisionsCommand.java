package dev.migrate.cli;

import dev.migrate.MigrationException;
import dev.migrate.Revisions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A command on the revision graph of the class path alone: it never connects. */
abstract class RevisionsCommand implements Callable<Integer> {

    /** What to say when the class path has no revisions: usually the processor was missing from the build. */
    static final String NO_REVISIONS = "no revisions found on the class path: run from the release bundle, or put"
            + " the compiled revisions (built with dev.migrate:migrate-processor on the annotation processor path,"
            + " which writes their index) on the class path";

    @ParentCommand
    private MigrateCommand parent;

    @Spec
    private CommandSpec spec;

    @Mixin
    private OutputOptions output;

    @Override
    public final Integer call() {
        Environment environment = parent.environment();
        Printer printer = new Printer(environment, output);
        try {
            Revisions revisions = Revisions.load(environment.loader());
            if (revisions.heads().isEmpty()) {
                printer.warning(NO_REVISIONS);
            }
            return run(revisions, printer);
        } catch (MigrationException e) {
            printer.error(spec.name() + ": " + e.getMessage());
            return ExitCodes.ERROR;
        }
    }

    /**
     * The command itself.
     *
     * @return its exit code
     */
    abstract int run(Revisions revisions, Printer printer);
}
