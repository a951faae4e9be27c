package dev.migrate.cli;

import java.io.PrintStream;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * The runtime's log under {@code --verbose}: every line on the standard error. Without it nothing:
 * the listener already says what a person needs, and {@code java.util.logging}'s console would print
 * its own two-line records beside it.
 */
final class ErrorLogger implements System.Logger {

    private final PrintStream err;
    private final boolean verbose;

    ErrorLogger(PrintStream err, boolean verbose) {
        this.err = err;
        this.verbose = verbose;
    }

    @Override
    public String getName() {
        return "dev.migrate";
    }

    @Override
    public boolean isLoggable(Level level) {
        return verbose && level.getSeverity() >= Level.DEBUG.getSeverity();
    }

    @Override
    public void log(Level level, Supplier<String> message) {
        if (isLoggable(level)) {
            err.println(level.getName().toLowerCase(Locale.ROOT) + ": " + message.get());
        }
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
        if (isLoggable(level)) {
            // A thrown exception's message is left out: the command prints the failure once, with credentials masked.
            err.println(level.getName().toLowerCase(Locale.ROOT) + ": " + message);
        }
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
        if (isLoggable(level)) {
            log(level, bundle, params == null || params.length == 0 ? format : MessageFormat.format(format, params),
                    (Throwable) null);
        }
    }
}
