package dev.migrate.internal.jdbc;

import java.sql.SQLException;

/** Small text helpers for messages and history rows. */
final class Texts {

    private Texts() {}

    /** Cuts {@code text} to at most {@code max} characters, marking the cut. */
    static String truncate(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 3) + "...";
    }

    /**
     * The database's own description of an error, with its SQL state. Driver messages name the
     * statement's problem, not the connection's credentials; URLs are never added here.
     */
    static String describe(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return e.getSQLState() == null ? message : message + " [SQLState " + e.getSQLState() + "]";
    }

    /** Describes any throwable in one line: its own message, or its class when it has none. */
    static String describe(Throwable e) {
        if (e instanceof SQLException sql) {
            return describe(sql);
        }
        return e.getMessage() == null ? e.getClass().getName() : e.getClass().getName() + ": " + e.getMessage();
    }
}
