package dev.migrate.maven;

import dev.migrate.internal.RuntimeLog;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.apache.maven.plugin.logging.Log;

/**
 * Sends the runtime's {@link System.Logger} lines to Maven's debug log ({@code mvn -X}). The goals
 * print their own progress through {@link LoggingListener} and their own warnings; left to the JDK's
 * default, the runtime's lines would reach the build's standard error a second time, in another format.
 */
final class DebugLogger implements System.Logger {

    private final Log log;

    DebugLogger(Log log) {
        this.log = log;
    }

    @Override
    public String getName() {
        return RuntimeLog.NAME;
    }

    @Override
    public boolean isLoggable(Level level) {
        return level != Level.OFF && log.isDebugEnabled();
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
        if (isLoggable(level)) {
            log.debug("migrate: " + message, thrown);
        }
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
        if (isLoggable(level)) {
            log.debug("migrate: " + (params == null || params.length == 0 ? format : MessageFormat.format(format, params)));
        }
    }
}
