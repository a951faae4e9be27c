package dev.migrate.cli;

import java.io.Console;
import java.io.PrintStream;
import java.util.Map;

/**
 * What one run of the command line talks to; the process's own in {@link Main}, captured ones in tests.
 *
 * @param out the standard output: reports, JSON, scripts
 * @param err the standard error: progress, warnings, errors
 * @param variables the environment ({@code MIGRATE_*}, {@code NO_COLOR})
 * @param terminal the terminal, or {@code null} when the command does not run on one
 * @param loader the class loader holding the revisions and their index
 */
record Environment(PrintStream out, PrintStream err, Map<String, String> variables, Terminal terminal,
        ClassLoader loader) {

    /** The process's streams, environment and terminal, and the class path of this class. */
    static Environment system() {
        Console console = System.console();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return new Environment(System.out, System.err, System.getenv(),
                console == null || !interactive(console) ? null : Terminal.of(console),
                loader != null ? loader : Main.class.getClassLoader());
    }

    /**
     * From JDK 22, {@link System#console()} may return a console when the streams are redirected;
     * its {@code isTerminal()} (new there, so called by reflection) says whether a person is there.
     */
    private static boolean interactive(Console console) {
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            // JDK 17 to 21: a console exists only on a terminal.
            return true;
        }
    }

    /** Whether a person is likely watching: a terminal is attached. */
    boolean onTerminal() {
        return terminal != null;
    }
}
