package dev.migrate.internal;

import java.util.regex.Pattern;

/**
 * The one place that keeps secrets out of messages, logs and history rows: a URL's user info and
 * password parameters, a known password, and password literals in SQL. The runtime, the Maven plugin
 * and the tests all mask through it, so they mask the same things.
 */
public final class Redaction {

    private static final Pattern USER_INFO = Pattern.compile("//[^/@?;]*@");
    /** Also matches inside {@code sslpassword=} and the like. */
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password|pwd|passwd)=[^&;]*");
    /** Secrets a revision may write as literals: CREATE USER ... PASSWORD '...' / IDENTIFIED BY '...'. */
    private static final Pattern SECRET_LITERAL =
            Pattern.compile("(?i)\\b(password|identified\\s+by)(\\s*=?\\s*)'(?:[^']|'')*'");

    private Redaction() {}

    /**
     * The URL without user info and without password parameters.
     *
     * @param url a JDBC URL, or any text that may contain one
     * @return the text with credentials masked
     */
    public static String url(String url) {
        String withoutUser = USER_INFO.matcher(url).replaceAll("//***@");
        return PASSWORD_PARAMETER.matcher(withoutUser).replaceAll("$1=***");
    }

    /**
     * The exception's message with the password, if known, and any URL credentials masked.
     *
     * @param e the exception
     * @param password the password to mask, or {@code null}
     * @return the masked message
     */
    public static String message(Throwable e, String password) {
        String text = String.valueOf(e.getMessage());
        if (password != null && !password.isEmpty()) {
            text = text.replace(password, "***");
        }
        return url(text);
    }

    /**
     * SQL with its password literals masked ({@code PASSWORD '...'}, {@code IDENTIFIED BY '...'}),
     * since statements end up in messages and history rows that many can read.
     *
     * @param sql a statement, or a driver's message quoting one
     * @return the text with password literals masked
     */
    public static String literals(String sql) {
        return SECRET_LITERAL.matcher(sql).replaceAll("$1$2'***'");
    }
}
