package dev.migrate.testing;

import java.util.regex.Pattern;

/** Removes credentials from JDBC URLs before they appear in a message. */
final class Redact {

    private static final Pattern USER_INFO = Pattern.compile("//[^/@?;]*@");
    private static final Pattern SECRET_PARAMETER =
            Pattern.compile("(?i)([?&;](?:password|user|pwd|sslpassword)=)[^&;]*");

    private Redact() {}

    static String url(String url) {
        String noUserInfo = USER_INFO.matcher(url).replaceAll("//***@");
        return SECRET_PARAMETER.matcher(noUserInfo).replaceAll("$1***");
    }
}
