package dev.migrate.report;

/**
 * How a front end tells its user to run a command, for the advice in {@link Check}'s problems:
 * the Maven plugin says {@code mvn migrate:upgrade}, a command line {@code migrate upgrade}.
 */
public interface CommandNames {

    /** The calls of the Java API, for applications that run {@link dev.migrate.Migrator} themselves. */
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

        @Override
        public String stamp(String target) {
            return "Migrator.stamp(\"" + target + "\")";
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
     * How to stamp a revision: record it without running it. The stamp of a revision below the
     * current ones that never ran leaves the version table as it is.
     *
     * @param target the revision's id
     * @return the command, such as {@code mvn migrate:stamp -Dmigrate.target=ae1027}; by default
     *     {@code stamp ae1027}
     */
    default String stamp(String target) {
        return "stamp " + target;
    }
}
