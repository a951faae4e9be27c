package dev.migrate.lint;

/**
 * One lint finding.
 *
 * @param revision the revision's id
 * @param className the revision's class
 * @param line the line of the revision's source that called the operation, or 0 when not known
 *     (a class compiled without line numbers, a finding about the revision as a whole)
 * @param rule the rule
 * @param severity the rule's severity in this project
 * @param operation the operation, such as {@code dropColumn("users", "nickname")} or the SQL statement
 * @param message what is wrong
 * @param allowedReason the reason of the revision's {@link dev.migrate.Allow} for the rule, or {@code null}
 */
public record Finding(String revision, String className, int line, Rule rule, Severity severity, String operation,
        String message, String allowedReason) {

    /**
     * Whether the revision accepts the finding with {@link dev.migrate.Allow}.
     *
     * @return whether it is allowed
     */
    public boolean allowed() {
        return allowedReason != null;
    }

    /**
     * Whether the finding fails the lint: an error that is not allowed.
     *
     * @return whether it fails
     */
    public boolean fails() {
        return severity == Severity.ERROR && !allowed();
    }

    /**
     * How the finding counts: {@code allowed} when the revision accepts it, else its severity.
     *
     * @return {@code error}, {@code warn} or {@code allowed}
     */
    public String level() {
        return allowed() ? "allowed" : severity.name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The finding in one line and its advice, such as {@code error [drop-column] 7d1e4b2a9c30
     * (com.example.DropNickname, line 14) dropColumn("users", "nickname"): ... Safely: ...}.
     *
     * @return the text
     */
    public String text() {
        return level() + " [" + rule.id() + "] " + revision + " (" + className + (line > 0 ? ", line " + line : "")
                + ") " + operation + ": " + message
                + (allowed() ? " Allowed: " + allowedReason : " Safely: " + rule.safely());
    }
}
