package dev.migrate.internal.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A target of the form {@code [label@][symbol](+|-)N}, Alembic's {@code _relative_destination}.
 *
 * @param label the branch label before {@code @}, or {@code null}
 * @param symbol the revision to walk from, or {@code null} to walk from the current revisions
 * @param steps how far: positive walks up, negative down
 */
public record RelativeTarget(String label, String symbol, int steps) {

    private static final Pattern SYNTAX = Pattern.compile("(?:(.+?)@)?(\\w+)?([+-]\\d{1,9})");

    /**
     * Whether {@code target} is a relative step ({@code +1}, {@code label@-2}, {@code ae1027+2},
     * {@code base+1}), as the engine reads targets.
     *
     * @param target a target
     * @return whether it is relative
     */
    public static boolean isRelative(String target) {
        return parse(target.trim()) != null;
    }

    /** Parses {@code target}, or returns {@code null} when it is not relative. */
    static RelativeTarget parse(String target) {
        Matcher matcher = SYNTAX.matcher(target);
        if (!matcher.matches()) {
            return null;
        }
        return new RelativeTarget(matcher.group(1), matcher.group(2), Integer.parseInt(matcher.group(3)));
    }
}
