package dev.migrate.maven;

import dev.migrate.MigrationException;
import java.util.List;
import java.util.function.Supplier;
import org.apache.maven.plugin.MojoFailureException;

/** Runs a command on a target, so that its failure names the {@code migrate.target} it was given. */
final class Targets {

    private Targets() {}

    static List<String> run(String command, String target, Supplier<List<String>> action) throws MojoFailureException {
        return naming("migrate: " + command + " to migrate.target=" + target, action);
    }

    /**
     * Runs {@code action}; its {@link MigrationException} becomes a failure that starts with {@code
     * asked}, the command and the parameter it was given.
     */
    static <T> T naming(String asked, Supplier<T> action) throws MojoFailureException {
        try {
            return action.get();
        } catch (MigrationException e) {
            throw new MojoFailureException(asked + " stopped: " + e.getMessage(), e);
        }
    }
}
