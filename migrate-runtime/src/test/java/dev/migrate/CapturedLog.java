package dev.migrate;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

/** A {@link System.Logger} that keeps every line it is given, with the message of any throwable. */
final class CapturedLog implements System.Logger {

    private final List<String> lines = new ArrayList<>();

    synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    @Override public String getName() { return "captured"; }

    @Override public boolean isLoggable(Level level) { return true; }

    @Override
    public synchronized void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
        lines.add(level + " " + msg + (thrown == null ? "" : " " + thrown));
    }

    @Override
    public synchronized void log(Level level, ResourceBundle bundle, String format, Object... params) {
        lines.add(level + " " + (params == null || params.length == 0 ? format : MessageFormat.format(format, params)));
    }
}
