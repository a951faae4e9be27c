package dev.migrate;

import dev.migrate.report.CommandNames;

/** A front end's wording of every command, to see that messages name its commands rather than the Java API's. */
final class FrontEndNames implements CommandNames {

    @Override
    public String upgrade(String target) {
        return "tool upgrade " + target;
    }

    @Override
    public String resolve(String revision) {
        return "tool resolve " + revision;
    }

    @Override
    public String failOnAhead() {
        return "--fail-on-ahead";
    }

    @Override
    public String stamp(boolean purge, String... targets) {
        return "tool stamp " + (purge ? "--purge " : "") + String.join(" ", targets);
    }

    @Override
    public String acceptChecksum(String revision) {
        return "tool accept " + revision + " --reason <why>";
    }

    @Override
    public String allowNonEmptySchema() {
        return "--allow-non-empty-schema";
    }

    @Override
    public String ignoredTables(String tables) {
        return "--ignored-tables=" + tables;
    }
}
