package dev.migrate.report;

import dev.migrate.MigrationException;
import dev.migrate.Migrator;
import java.util.List;

/**
 * What a dry run of {@code upgrade} or {@code downgrade} shows: the plan, read from the database's
 * current rows, and the SQL it would run. Making one only reads the database: it writes nothing and
 * takes no lock. Every front end's dry run prints it, so they all say the same.
 *
 * @param command {@code upgrade} or {@code downgrade}
 * @param target the target as asked, such as {@code heads} or {@code -1}
 * @param steps one line per revision it would run, in order, such as {@code upgrade a1 -> b2, add email}
 * @param sql the script, as {@link Migrator#upgradeSql} writes it
 */
public record DryRunPlan(String command, String target, List<String> steps, String sql) {

    /** The comment the script writer puts before each revision's statements. */
    private static final String STEP = "-- Running ";

    /** Copies the list, so the value cannot change. */
    public DryRunPlan {
        steps = List.copyOf(steps);
    }

    /**
     * The plan of {@link Migrator#upgrade}, from the revisions the database is at now.
     *
     * @param migrator the migrator
     * @param target where to go, such as {@code heads}
     * @return the plan
     * @throws MigrationException for a bad target, or a revision that cannot be written without a database
     */
    public static DryRunPlan upgrade(Migrator migrator, String target) {
        return of("upgrade", target, migrator.upgradeSql(target));
    }

    /**
     * The plan of {@link Migrator#downgrade}, from the revisions the database is at now.
     *
     * @param migrator the migrator
     * @param target where to go, such as {@code -1} or {@code base}
     * @return the plan
     * @throws MigrationException for a bad target, or a revision that cannot be written without a database
     */
    public static DryRunPlan downgrade(Migrator migrator, String target) {
        return of("downgrade", target, migrator.downgradeSql(target));
    }

    private static DryRunPlan of(String command, String target, String sql) {
        return new DryRunPlan(command, target, steps(sql), sql);
    }

    /**
     * The steps of a script, from the comment the script writer puts before each revision.
     *
     * @param script a script of {@link Migrator#upgradeSql} or {@link Migrator#downgradeSql}
     * @return one line per revision, such as {@code upgrade a1 -> b2, add email}
     */
    public static List<String> steps(String script) {
        return script.lines().filter(line -> line.startsWith(STEP)).map(line -> line.substring(STEP.length())).toList();
    }

    /**
     * The summary line a front end prints after the script.
     *
     * @return such as {@code dry run: upgrade to heads would run 1 revision(s):}, one indented line
     *     per step, then {@code nothing was written}
     */
    public String summary() {
        return "dry run: " + command + " to " + target + " would run " + steps.size() + " revision(s)"
                + (steps.isEmpty() ? "" : ":\n  " + String.join("\n  ", steps)) + "\nnothing was written";
    }

    /**
     * The summary of a dry run of a stamp, from {@link Migrator#stampPlan}.
     *
     * @param targets the targets as asked, comma-separated
     * @param purge whether the stamp would empty the version table first
     * @param rows the rows the stamp would leave
     * @return such as {@code dry run: stamp heads would leave the version table at: c3, nothing was written}
     */
    public static String stampSummary(String targets, boolean purge, List<String> rows) {
        return "dry run: stamp " + targets + (purge ? " (purging the version table first)" : "")
                + " would leave the version table at: " + (rows.isEmpty() ? "none" : String.join(", ", rows))
                + "\nnothing was written";
    }
}
