package dev.migrate.maven;

import java.util.regex.Pattern;

/** Keeps credentials out of the build log: a URL's user info and password parameters, and a known password. */
final class Redact {

    private static final Pattern USER_INFO = Pattern.compile("//[^/@?;]*@");
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password|pwd|passwd)=[^&;]*");

    private Redact() {}

    /** The URL without user info and without password parameters. */
    static String url(String url) {
        String withoutUser = USER_INFO.matcher(url).replaceAll("//***@");
        return PASSWORD_PARAMETER.matcher(withoutUser).replaceAll("$1=***");
    }

    /** The exception's text with the password, if known, and any URL credentials masked. */
    static String message(Throwable e, String password) {
        String text = e.getClass().getName() + ": " + e.getMessage();
        if (password != null && !password.isEmpty()) {
            text = text.replace(password, "***");
        }
        return url(text);
    }
}
