package dev.migrate.internal.command;

import dev.migrate.MigrationException;
import dev.migrate.report.CommandNames;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The one rule for destructive commands in production: in an environment named {@code prod} or
 * {@code production} (any case), a command that destroys data runs only when the confirmation
 * names the database it works in; elsewhere everything runs as it always did. Checked on a reading
 * session, before the lock is taken and before anything is written.
 */
public final class ProductionGuard {

    private final String environment;
    private final String confirm;
    private final CommandNames names;

    /**
     * @param environment the configured environment, or {@code null}
     * @param confirm the configured confirmation, or {@code null}
     * @param names how the refusal names the front end's confirmation option
     */
    public ProductionGuard(String environment, String confirm, CommandNames names) {
        this.environment = environment == null ? null : environment.trim();
        this.confirm = confirm == null || confirm.isBlank() ? null : confirm.trim();
        this.names = names;
    }

    /** Whether an environment's name says production: {@code prod} or {@code production}, in any case. */
    public static boolean production(String environment) {
        if (environment == null) {
            return false;
        }
        String name = environment.trim().toLowerCase(Locale.ROOT);
        return name.equals("prod") || name.equals("production");
    }

    boolean production() {
        return production(environment);
    }

    /**
     * Refuses {@code action} in production unless the confirmation names the session's database.
     * Database names are compared ignoring case: H2 keeps them in upper case, and a confirmation is
     * about naming the right database, not its spelling.
     *
     * @param action what would be destroyed, such as {@code downgrade to base reverts 3 revisions}
     */
    void require(Session session, String action) {
        require(session::databaseName, action);
    }

    /**
     * Refuses {@code action} in production unless the confirmation names {@code database}: for a
     * command that works without a session, such as a restore.
     *
     * @param databaseName the name of the database {@code action} works in; asked for only in production
     * @param action what would be destroyed, such as {@code restoring app.dump replaces database app}
     * @throws MigrationException in production without the confirmation, or with one naming another database
     */
    public void require(Supplier<String> databaseName, String action) {
        if (!production()) {
            return;
        }
        String database = databaseName.get();
        if (confirm == null) {
            throw new MigrationException(action + ", and the environment " + environment
                    + " is production: confirm it by naming the database, " + names.confirm(database)
                    + ". Nothing was written");
        }
        if (!confirm.equalsIgnoreCase(database)) {
            throw new MigrationException(action + ", and the environment " + environment + " is production: the"
                    + " confirmation \"" + confirm + "\" does not name this database, " + database + "; to go ahead, "
                    + names.confirm(database) + ". Nothing was written");
        }
    }
}
