package dev.migrate.maven;

import java.nio.charset.CharsetEncoder;
import java.util.Locale;

/**
 * Quoted strings that JSON and Java read alike, for the Java source {@code migrate:revision}
 * writes. The reports' JSON is written by the runtime ({@code dev.migrate.report}).
 */
final class Json {

    private Json() {}

    /**
     * A double-quoted string that JSON and Java both read back as {@code value}. Line breaks use
     * character escapes, never {@code \}{@code u} escapes, which javac would turn back into a line
     * break inside the literal.
     *
     * @param encoder the encoding of the text the string goes into, whose unencodable characters
     *     become {@code \}{@code u} escapes; {@code null} keeps every character
     */
    static String quoted(String value, CharsetEncoder encoder) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else if (encoder == null || c < 0x80 || encoder.canEncode(c)) {
                        out.append(c);
                    } else if (Character.isHighSurrogate(c) && i + 1 < value.length()
                            && encoder.canEncode(value.substring(i, i + 2))) {
                        out.append(c).append(value.charAt(++i));
                    } else {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
