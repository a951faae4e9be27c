package dev.migrate.internal.engine;

import dev.migrate.MigrationException;
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

    // Any number of digits: a number too large to count is refused as such, not looked up as a name.
    private static final Pattern SYNTAX = Pattern.compile("(?:(.+?)@)?(\\w+)?([+-]\\d+)");

    /**
     * Whether {@code target} is a relative step ({@code +1}, {@code label@-2}, {@code ae1027+2},
     * {@code base+1}), as the engine reads targets.
     *
     * @param target a target
     * @return whether it is relative, even with too many steps to count, which a walk refuses
     */
    public static boolean isRelative(String target) {
        return SYNTAX.matcher(target.trim()).matches();
    }

    /**
     * Parses {@code target}, or returns {@code null} when it is not relative.
     *
     * @throws MigrationException when it counts more steps than an {@code int} holds: no history is
     *     that long, and an id or a label has neither {@code +} nor {@code -}
     */
    static RelativeTarget parse(String target) {
        Matcher matcher = SYNTAX.matcher(target);
        if (!matcher.matches()) {
            return null;
        }
        int steps;
        try {
            steps = Integer.parseInt(matcher.group(3));
        } catch (NumberFormatException tooLarge) {
            throw EngineMessage.RELATIVE_TOO_LARGE.exception(target, Integer.MAX_VALUE);
        }
        return new RelativeTarget(matcher.group(1), matcher.group(2), steps);
    }

    /**
     * Refuses a walk of no steps from the current revisions ({@code +0}, {@code -0}, {@code
     * label@+0}), which would go nowhere; {@code <id>+0} stands for the revision and is kept.
     *
     * @param asWritten the target as the user wrote it
     * @param command {@code upgrade} or {@code downgrade}
     * @throws MigrationException naming a number that works
     */
    void requireSteps(String asWritten, String command) {
        if (steps == 0 && symbol == null) {
            throw EngineMessage.RELATIVE_ZERO.exception(asWritten, command, command.equals("upgrade") ? "+1" : "-1");
        }
    }
}
