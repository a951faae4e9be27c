package dev.migrate.maven;

import java.util.List;
import java.util.stream.Collectors;

/** Just enough JSON writing for the reports: strings and arrays of strings. */
final class Json {

    private Json() {}

    static String string(String value) {
        if (value == null) {
            return "null";
        }
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
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    static String array(List<String> values) {
        return values.stream().map(Json::string).collect(Collectors.joining(",", "[", "]"));
    }
}
