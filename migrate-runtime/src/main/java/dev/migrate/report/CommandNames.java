package dev.migrate.report;

import java.util.ArrayList;
import java.util.List;

/**
 * How a front end tells its user to run a command, for the advice in {@link Check}'s problems and
 * in the messages of {@link dev.migrate.Migrator} that suggest a repair: the Maven plugin says
 * {@code mvn migrate:upgrade}, a command line {@code migrate upgrade}. A front end gives its names
 * to {@link dev.migrate.Migrator.Builder#commandNames}; the default methods give the Java API's
 * calls.
 */
public interface CommandNames {

    /** The calls of the Java API, for applications that run {@link dev.migrate.Migrator} themselves: the default. */
    CommandNames API = new CommandNames() {
        @Override
        public String upgrade(String target) {
            return "Migrator.upgrade(\"" + target + "\")";
        }

        @Override
        public String resolve(String revision) {
            return "Migrator.markResolved(\"" + revision + "\")";
        }

        @Override
        public String failOnAhead() {
            return "Migrator.Builder.failOnAhead(true)";
        }
    };

    /**
     * How to upgrade the database to a target.
     *
     * @param target such as {@code heads}
     * @return the command, such as {@code mvn migrate:upgrade}
     */
    String upgrade(String target);

    /**
     * How to mark a failed revision resolved after repairing the database by hand.
     *
     * @param revision the failed revision's id
     * @return the command, such as {@code mvn migrate:resolve -Dmigrate.revision=ae1027}
     */
    String resolve(String revision);

    /**
     * The option that makes a database ahead of the build fail, as the front end names it.
     *
     * @return such as {@code migrate.failOnAhead}
     */
    String failOnAhead();

    /**
     * How to write a merge revision, which joins two lines of revisions.
     *
     * @return such as {@code @Revision(revises = {...}) naming the heads it joins} (the default) or
     *     {@code mvn migrate:merge}
     */
    default String merge() {
        return "@Revision(revises = {...}) naming the heads it joins";
    }

    /**
     * How to set the version table to revisions without running any, as the repair of a version
     * table that does not match the build.
     *
     * @param purge whether the command deletes every row first, for rows no revision of the build names
     * @param targets the revisions, each a target of its own; {@code <revision>} where the user must
     *     choose
     * @return the command, such as {@code Migrator.stamp(true, "ae1027")} (the default) or {@code mvn
     *     migrate:stamp -Dmigrate.purge=true -Dmigrate.target=ae1027}
     */
    default String stamp(boolean purge, String... targets) {
        List<String> arguments = new ArrayList<>();
        if (purge) {
            arguments.add("true");
        }
        for (String target : targets) {
            arguments.add('"' + target + '"');
        }
        return "Migrator.stamp(" + String.join(", ", arguments) + ")";
    }

    /**
     * How to accept the changed checksum of an applied revision, with a reason.
     *
     * @param revision the revision's id
     * @return the command, such as {@code mvn migrate:resolve -Dmigrate.revision=ae1027
     *     -Dmigrate.acceptChecksum=true -Dmigrate.reason="<why>"}
     */
    default String acceptChecksum(String revision) {
        return "Migrator.acceptChecksum(\"" + revision + "\", \"<why>\")";
    }

    /**
     * The setting that lets an upgrade run on a schema that has tables but no version table.
     *
     * @return such as {@code -Dmigrate.allowNonEmptySchema=true}
     */
    default String allowNonEmptySchema() {
        return "Migrator.Builder.allowNonEmptySchema(true)";
    }

    /**
     * The setting that lists tables that are not migrate's, so that they do not make a schema non-empty.
     *
     * @param tables the tables, comma-separated
     * @return such as {@code -Dmigrate.ignoredTables=audit,legacy}
     */
    default String ignoredTables(String tables) {
        StringBuilder quoted = new StringBuilder();
        for (String table : tables.split(",")) {
            quoted.append(quoted.length() == 0 ? "" : ", ").append('"').append(table.trim()).append('"');
        }
        return "Migrator.Builder.ignoredTables(List.of(" + quoted + "))";
    }

    /**
     * How to confirm a destructive command in production by naming the database.
     *
     * @param database the database's name
     * @return such as {@code -Dmigrate.confirm=app}; by default {@code Migrator.Builder.confirm("app")}
     */
    default String confirm(String database) {
        return "Migrator.Builder.confirm(\"" + database + "\")";
    }

    /**
     * How to load the seeds of the configured environment.
     *
     * @param append whether without running the seeds' {@code clean} first
     * @param force whether seeds loaded already and unchanged load again
     * @return the command, such as {@code mvn migrate:seed -Dmigrate.force=true}; by default {@code
     *     Migrator.seed(new SeedOptions(false, true))}
     */
    default String seed(boolean append, boolean force) {
        return "Migrator.seed(new SeedOptions(" + append + ", " + force + "))";
    }

    /**
     * How to start the database over: every revision reverted and applied again, then the seeds loaded.
     *
     * @return the command, such as {@code mvn migrate:reset}; by default {@code Migrator.reset()}
     */
    default String reset() {
        return "Migrator.reset()";
    }
}
