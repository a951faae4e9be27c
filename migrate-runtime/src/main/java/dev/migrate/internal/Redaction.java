package dev.migrate.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
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
    /**
     * A keyword that a secret follows: {@code PASSWORD} (also {@code PASSWORD(} and {@code USING
     * PASSWORD(}) and {@code IDENTIFIED BY} (also {@code IDENTIFIED WITH plugin BY} and {@code
     * IDENTIFIED BY PASSWORD}); not when it is part of a word or of a quoted value.
     */
    private static final String KEYWORD =
            "(?<![\\w'\"`$])(?:identified\\s+(?:with\\s+\\S+\\s+)?by(?:\\s+password(?![\\w(]))?|password)";
    /**
     * The secret in every quoting PostgreSQL and MySQL/MariaDB accept: standard and {@code E'...'}
     * strings (doubled quotes and backslash escapes both taken as escapes, so that a string ends no
     * earlier than either database ends it), double quotes, backticks, dollar quotes with or without
     * a tag, and an unquoted word (which PostgreSQL rejects, echoing it in "at or near").
     */
    /**
     * Words after {@code password} that are no secret: SQL keywords and types (a column named
     * password), and the words of drivers' messages ("password authentication failed").
     */
    private static final String NOT_A_SECRET = "(?:for|from|where|and|or|not|null|is|in|as|to|with|valid|varchar"
            + "|char|character|text|bytea|blob|binary|varbinary|authentication|must|expired|cannot|does)";
    private static final String TOKEN = "(?<secret>"
            + "[eE]?'(?:[^'\\\\]|\\\\[\\s\\S]|'')*'"
            + "|\"(?:[^\"\\\\]|\\\\[\\s\\S]|\"\")*\""
            + "|`(?:[^`]|``)*`"
            + "|\\$(?<tag>(?:[A-Za-z_][A-Za-z_0-9]*)?)\\$[\\s\\S]*?\\$\\k<tag>\\$"
            + "|(?!" + NOT_A_SECRET + "\\b)[^\\s;,():'\"`]+)";
    private static final Pattern SECRET = Pattern.compile(
            "(?i)(?<lead>" + KEYWORD + "\\s*=?\\s*(?:\\(\\s*)?)" + TOKEN);

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
     * SQL with its secrets masked: the string or word after {@code PASSWORD}, {@code IDENTIFIED BY}
     * and {@code USING PASSWORD(}, in any quoting, since statements end up in messages and history
     * rows that many can read.
     *
     * @param sql a statement, or a driver's message quoting one
     * @return the text with the secrets masked, each quote kept around {@code ***}
     */
    public static String literals(String sql) {
        Matcher m = SECRET.matcher(sql);
        StringBuilder out = new StringBuilder(sql.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group("lead") + masked(m.group("secret"))));
        }
        return m.appendTail(out).toString();
    }

    /**
     * A driver's message about {@code sql}, with the secrets of {@code sql} masked wherever the
     * message repeats them, in whatever quoting (PostgreSQL: {@code syntax error at or near
     * "secret"}; MySQL: {@code near 'secret')' at line 1}), and the message's own secrets as {@link
     * #literals} masks them.
     *
     * @param message the driver's message
     * @param sql the statement it is about
     * @return the masked message
     */
    public static String error(String message, String sql) {
        String text = literals(message);
        List<String> secrets = new ArrayList<>();
        Matcher m = SECRET.matcher(sql);
        while (m.find()) {
            String secret = m.group("secret");
            secrets.add(secret);
            String inner = unquoted(secret);
            if (!inner.isBlank()) {
                secrets.add(inner);
            }
        }
        // Longest first, so that a quoted secret goes before its inner text leaves its quotes behind.
        secrets.sort(Comparator.comparingInt(String::length).reversed());
        for (String secret : secrets) {
            text = Pattern.compile("(?<![\\w])" + Pattern.quote(secret) + "(?![\\w])").matcher(text)
                    .replaceAll("***");
        }
        return text;
    }

    /** The mask for a secret: its quotes kept, so that the text still reads as the statement. */
    private static String masked(String secret) {
        String inner = unquoted(secret);
        if (inner.length() == secret.length()) {
            return "***";
        }
        int open = secret.indexOf(inner);
        return secret.substring(0, open) + "***" + secret.substring(open + inner.length());
    }

    /** The secret without its quotes ({@code E'...'}, {@code $tag$...$tag$} and the like). */
    private static String unquoted(String secret) {
        char first = secret.charAt(0);
        if (first == '$') {
            int open = secret.indexOf('$', 1) + 1;
            return secret.substring(open, secret.length() - open);
        }
        if ((first == 'e' || first == 'E') && secret.length() > 1 && secret.charAt(1) == '\'') {
            return secret.substring(2, secret.length() - 1);
        }
        if (first == '\'' || first == '"' || first == '`') {
            return secret.substring(1, secret.length() - 1);
        }
        return secret;
    }
}
