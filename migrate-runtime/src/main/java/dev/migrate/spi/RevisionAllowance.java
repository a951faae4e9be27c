package dev.migrate.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One {@link dev.migrate.Allow} of a revision, as the index records it: a lint finding the revision
 * accepts on purpose, and why. History and the release bundle's manifest show them.
 *
 * @param revision the revision's id
 * @param rule the rule's id, such as {@code drop-column}
 * @param reason why the finding is accepted
 */
public record RevisionAllowance(String revision, String rule, String reason) {

    /** Checks that every value is there. */
    public RevisionAllowance {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * Reads the allowances that {@link #pack()} wrote, one line each, as generated code holds them.
     *
     * @param chunks the text, possibly cut into several constants
     * @return the allowances, in the order of the lines
     * @throws IllegalArgumentException when a line is not a packed allowance
     */
    public static List<RevisionAllowance> unpack(String... chunks) {
        String text = String.join("", chunks);
        List<RevisionAllowance> allowances = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            int first = line.indexOf('\t');
            int second = first < 0 ? -1 : line.indexOf('\t', first + 1);
            if (second < 0) {
                throw new IllegalArgumentException("Not a packed allowance: " + line);
            }
            allowances.add(new RevisionAllowance(line.substring(0, first), line.substring(first + 1, second),
                    unescape(line.substring(second + 1))));
        }
        return List.copyOf(allowances);
    }

    /**
     * This allowance as one line for {@link #unpack}: the revision, the rule and the reason,
     * separated by tabs, with backslashes, tabs and line breaks of the reason escaped.
     *
     * @return the line, ending in a line break
     */
    public String pack() {
        StringBuilder line = new StringBuilder(revision).append('\t').append(rule).append('\t');
        for (int i = 0; i < reason.length(); i++) {
            char c = reason.charAt(i);
            line.append(switch (c) {
                case '\\' -> "\\\\";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> String.valueOf(c);
            });
        }
        return line.append('\n').toString();
    }

    private static String unescape(String reason) {
        StringBuilder text = new StringBuilder(reason.length());
        for (int i = 0; i < reason.length(); i++) {
            char c = reason.charAt(i);
            if (c == '\\' && i + 1 < reason.length()) {
                char next = reason.charAt(++i);
                text.append(switch (next) {
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    default -> next;
                });
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }
}
