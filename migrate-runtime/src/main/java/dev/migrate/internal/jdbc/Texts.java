package dev.migrate.internal.jdbc;

import dev.migrate.internal.Redaction;
import java.sql.SQLException;

/** Small text helpers for messages and history rows. */
public final class Texts {

    private Texts() {}

    /**
     * A statement for a message or the history table: cut to {@code max} characters, with
     * password literals masked, since messages and history rows are widely readable.
     */
    static String statement(String sql, int max) {
        return truncate(Redaction.literals(sql), max);
    }

    /**
     * The exception to keep as a cause: the driver's own, or, when its message quotes a password
     * literal, a copy with the literal masked, so that a printed stack trace does not show it.
     */
    static SQLException scrub(SQLException e, String sql) {
        String message = e.getMessage();
        if (message == null || Redaction.error(message, sql).equals(message)) {
            return e;
        }
        SQLException copy = new SQLException(Redaction.error(message, sql), e.getSQLState(), e.getErrorCode());
        copy.setStackTrace(e.getStackTrace());
        return copy;
    }

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
    public static String describe(SQLException e) {
        // Drivers (H2, MySQL) quote the failed statement, password literals included: mask them.
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : Redaction.literals(e.getMessage());
        return withState(e, message);
    }

    /**
     * The database's description of its error in {@code sql}, with the statement's secrets masked
     * wherever the message repeats them (PostgreSQL: "syntax error at or near" the secret).
     */
    static String describe(SQLException e, String sql) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : Redaction.error(e.getMessage(), sql);
        return withState(e, message);
    }

    private static String withState(SQLException e, String message) {
        return e.getSQLState() == null ? message : message + " [SQLState " + e.getSQLState() + "]";
    }

    /** Describes any throwable in one line: its own message, or its class when it has none. */
    public static String describe(Throwable e) {
        if (e instanceof SQLException sql) {
            return describe(sql);
        }
        return e.getMessage() == null ? e.getClass().getName() : e.getClass().getName() + ": " + e.getMessage();
    }
}
