package dev.migrate;

import java.util.function.UnaryOperator;

/**
 * What a front end asked of an SQL script, and the rules that decide how to write it: without a
 * database from a {@code range} and a {@code dialect} ({@link SqlScripts}), or from a database's
 * current revisions to a {@code target} ({@link Migrator#upgradeSql}). The rules of the Maven
 * goal {@code migrate:sql}, for every front end.
 *
 * @param range {@code start:end}, for a script without a database, or {@code null}
 * @param target where to go from the database's current revisions, or {@code null}
 * @param dialect the database the script is for, without a database, or {@code null}
 * @param downgrade whether the script downgrades
 */
public record SqlScriptRequest(String range, String target, String dialect, boolean downgrade) {

    /** Trims the values; a blank one is {@code null}. */
    public SqlScriptRequest {
        range = trimmed(range);
        target = trimmed(target);
        dialect = trimmed(dialect);
    }

    /**
     * Checks the values against each other and says whether the script comes from a database.
     *
     * @param urlGiven whether the front end was given a database URL
     * @param key how the front end names an option, such as {@code k -> "migrate." + k}; the keys
     *     are {@code range}, {@code target}, {@code dialect} and {@code url}
     * @return whether to connect to the database (then use {@link #targetOrDefault()}), or to write
     *     the script without one (then use {@link #dialect()} and {@link #rangeOrDefault()})
     * @throws MigrationException for values that do not fit together, naming the options to change
     */
    public boolean needsDatabase(boolean urlGiven, UnaryOperator<String> key) {
        String range = key.apply("range");
        String target = key.apply("target");
        String dialect = key.apply("dialect");
        String url = key.apply("url");
        if (this.range != null && this.target != null) {
            throw new MigrationException("give " + range + " or " + target + ", not both: a range starts where you say,"
                    + " a target from the database's current revisions");
        }
        if (urlGiven) {
            if (this.range != null) {
                throw new MigrationException("with " + url + " give " + target + ", which starts from the database's"
                        + " current revisions; for " + range + "=" + this.range + " use " + dialect + " instead of " + url);
            }
            if (this.dialect != null) {
                throw new MigrationException(dialect + " is for writing a script without a database; with " + url
                        + " the dialect is the database's. Remove " + dialect + " or " + url);
            }
            if (downgrade && this.target == null) {
                throw new MigrationException("a downgrade script needs " + target + ", such as base");
            }
            return true;
        }
        if (this.dialect == null) {
            throw new MigrationException("set " + dialect + " (postgresql, mysql, mariadb or h2) to write a script"
                    + " without a database, or " + url + " to take it from one");
        }
        if (this.target != null) {
            throw new MigrationException(target + " starts from the database's current revisions, so it needs " + url
                    + "; without a database give " + range + ", such as base:" + this.target);
        }
        if (downgrade && this.range == null) {
            throw new MigrationException("a downgrade script needs " + range + ", such as heads:base");
        }
        return false;
    }

    /**
     * The range of a script without a database.
     *
     * @return the range, or {@code base:heads} for an upgrade without one
     */
    public String rangeOrDefault() {
        return range != null ? range : "base:heads";
    }

    /**
     * The target of a script from a database.
     *
     * @return the target, or {@code heads} for an upgrade without one
     */
    public String targetOrDefault() {
        return target != null ? target : "heads";
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
