package dev.migrate.cli;

import dev.migrate.ConfigKey;
import dev.migrate.internal.connect.DriverManagerDataSource;
import dev.migrate.internal.index.IndexInBackground;
import java.util.Set;

/**
 * Starts, before picocli reads the arguments, the slow parts of a run that do not depend on how it
 * reads them: loading the revision index, and opening the first connection when the flags and
 * variables name the database plainly. Picocli's reading of a command takes a good part of a short
 * run's time, on one core while the other idles; the migrator the command then builds takes what
 * was started, when it asks for the same class loader, URL, user and password, and starts its own
 * otherwise. So a run's outcome is the same with or without a head start; only a connection that no
 * migrator took is wasted, and {@link #discard} closes it.
 */
final class HeadStart {

    /** The commands that build a migrator over the revisions, which loads the index. */
    private static final Set<String> READ_REVISIONS = Set.of("upgrade", "downgrade", "stamp", "current", "heads",
            "branches", "show", "history", "graph", "status", "check", "resolve", "sql", "lint", "seed", "reset",
            "verify-revisions");
    /**
     * The commands that only read and always connect when a URL is given: the deploy hook's short
     * ones. A command that writes checks the bundle against its manifest before anything of it
     * connects, so it opens its connection itself.
     */
    private static final Set<String> CONNECT = Set.of("current", "history", "status", "check");

    private HeadStart() {}

    /**
     * Starts what {@code args} plainly ask for. A connection is opened ahead only from {@code --url},
     * {@code --user} and {@code --password} or their {@code MIGRATE_*} variables: not when a {@code
     * --config} file or a {@code --password-file} may change them, nor when a terminal may prompt
     * for the password.
     */
    static void start(Environment environment, String... args) {
        String command = args.length == 0 ? "" : args[0];
        if (!READ_REVISIONS.contains(command)) {
            return;
        }
        IndexInBackground.startAhead(environment.loader());
        if (!CONNECT.contains(command) || given(args, "--config") || given(args, Settings.flag(ConfigKey.PASSWORD)
                + "-file")) {
            return;
        }
        String url = value(environment, args, ConfigKey.URL);
        String user = value(environment, args, ConfigKey.USER);
        String password = value(environment, args, ConfigKey.PASSWORD);
        if (url == null || password == null && user != null && environment.onTerminal()) {
            return;
        }
        DriverManagerDataSource.openAhead(url, user, password);
    }

    /** Closes the connection opened ahead if the run did not take it, and forgets an untaken index. */
    static void discard() {
        DriverManagerDataSource.closeAhead();
        IndexInBackground.forgetAhead();
    }

    /** The flag's value ({@code --url x} or {@code --url=x}), else the variable's, else {@code null}. */
    private static String value(Environment environment, String[] args, ConfigKey key) {
        String flag = Settings.flag(key);
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals(flag) && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith(flag + "=")) {
                return args[i].substring(flag.length() + 1);
            }
        }
        String variable = environment.variables().get(key.environmentVariable());
        return variable == null || variable.isEmpty() ? null : variable;
    }

    private static boolean given(String[] args, String flag) {
        for (String arg : args) {
            if (arg.equals(flag) || arg.startsWith(flag + "=")) {
                return true;
            }
        }
        return false;
    }
}
