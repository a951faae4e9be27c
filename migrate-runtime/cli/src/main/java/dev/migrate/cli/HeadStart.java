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
     * --config} file, a {@code --password-file} or an {@code @file} of arguments may change them,
     * nor when a terminal may prompt for the password, nor when the user and the password come from
     * two places, which the configuration refuses before it connects. Nothing starts for a run that
     * only prints its usage or version, and no argument after {@code --} is read as a flag.
     */
    static void start(Environment environment, String... args) {
        String command = args.length == 0 ? "" : args[0];
        int end = endOfOptions(args);
        if (!READ_REVISIONS.contains(command) || given(args, end, "--help") || given(args, end, "-h")
                || given(args, end, "--version") || given(args, end, "-V")) {
            return;
        }
        IndexInBackground.startAhead(environment.loader());
        if (!CONNECT.contains(command) || end < args.length || given(args, end, "--config")
                || given(args, end, Settings.flag(ConfigKey.PASSWORD) + "-file") || argumentFile(args)) {
            return;
        }
        Given url = value(environment, args, ConfigKey.URL);
        Given user = value(environment, args, ConfigKey.USER);
        Given password = value(environment, args, ConfigKey.PASSWORD);
        if (url.value() == null || password.value() == null && user.value() != null && environment.onTerminal()
                || user.value() != null && password.value() != null && user.fromFlag() != password.fromFlag()) {
            return;
        }
        DriverManagerDataSource.openAhead(url.value(), user.value(), password.value());
    }

    /** Closes the connection opened ahead if the run did not take it, and forgets an untaken index. */
    static void discard() {
        DriverManagerDataSource.closeAhead();
        IndexInBackground.forgetAhead();
    }

    /** A setting as the arguments or the variables give it, and whether from a flag. */
    private record Given(String value, boolean fromFlag) {}

    /** The flag's value ({@code --url x} or {@code --url=x}), else the variable's, else {@code null}. */
    private static Given value(Environment environment, String[] args, ConfigKey key) {
        String flag = Settings.flag(key);
        // Only called when no "--" ends the options early: every argument is an option or its value.
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals(flag) && i + 1 < args.length) {
                return new Given(args[i + 1], true);
            }
            if (args[i].startsWith(flag + "=")) {
                return new Given(args[i].substring(flag.length() + 1), true);
            }
        }
        String variable = environment.variables().get(key.environmentVariable());
        return new Given(variable == null || variable.isEmpty() ? null : variable, false);
    }

    /** Where {@code --} ends the options, or the number of arguments. */
    private static int endOfOptions(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) {
                return i;
            }
        }
        return args.length;
    }

    private static boolean given(String[] args, int end, String flag) {
        for (int i = 0; i < end; i++) {
            if (args[i].equals(flag) || args[i].startsWith(flag + "=")) {
                return true;
            }
        }
        return false;
    }

    /** Whether an argument names a file of arguments, which picocli reads in its place. */
    private static boolean argumentFile(String[] args) {
        for (String arg : args) {
            if (arg.startsWith("@")) {
                return true;
            }
        }
        return false;
    }
}
