package dev.migrate.internal;

import java.util.regex.Pattern;

/**
 * Keeps credentials out of messages and logs: a URL's user info and password parameters, and a
 * known password. Shared by the runtime and the Maven plugin, so both mask the same things.
 */
public final class Redaction {

    private static final Pattern USER_INFO = Pattern.compile("//[^/@?;]*@");
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password|pwd|passwd)=[^&;]*");

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
}
