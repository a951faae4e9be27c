package dev.migrate.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * A command's target, as Alembic takes it ({@code migrate downgrade -1}) or as the Maven goals name
 * it ({@code --target -1}); either, not both. Left out, it falls through to {@code MIGRATE_TARGET}
 * and the {@code --config} file.
 */
final class TargetOption {

    @Parameters(index = "0", arity = "0..1", paramLabel = "<target>",
            description = "Where to go: heads, head, base, an id or unique prefix, a branch label, label@head,"
                    + " +N, -N, ... (or --target, MIGRATE_TARGET).")
    String positional;

    @Option(names = "--target", paramLabel = "<target>", description = "The same as <target>.")
    String option;

    /** The target given on the command line, or {@code null}. */
    String given(CommandLine command) {
        if (positional != null && option != null) {
            throw new ParameterException(command, "Give the target once: as <target> (" + positional + ") or as"
                    + " --target (" + option + ")");
        }
        return positional != null ? positional : option;
    }
}
