package dev.migrate.maven;

import dev.migrate.report.CommandNames;

/** The goals and parameters a Maven user runs, for the advice of {@code check} and of every failure that suggests a repair. */
final class MavenCommandNames implements CommandNames {

    static final CommandNames INSTANCE = new MavenCommandNames();

    private MavenCommandNames() {}

    @Override
    public String upgrade(String target) {
        return "heads".equals(target) ? "mvn migrate:upgrade" : "mvn migrate:upgrade -Dmigrate.target=" + target;
    }

    @Override
    public String resolve(String revision) {
        return "mvn migrate:resolve -Dmigrate.revision=" + revision;
    }

    @Override
    public String failOnAhead() {
        return "migrate.failOnAhead";
    }

    @Override
    public String merge() {
        return "mvn migrate:merge";
    }

    @Override
    public String stamp(boolean purge, String... targets) {
        // The stamp goal takes several revisions comma-separated in one migrate.target.
        return "mvn migrate:stamp" + (purge ? " -Dmigrate.purge=true" : "") + " -Dmigrate.target="
                + String.join(",", targets);
    }

    @Override
    public String acceptChecksum(String revision) {
        return "mvn migrate:resolve -Dmigrate.revision=" + revision
                + " -Dmigrate.acceptChecksum=true -Dmigrate.reason=\"<why>\"";
    }

    @Override
    public String allowNonEmptySchema() {
        return "-Dmigrate.allowNonEmptySchema=true";
    }

    @Override
    public String ignoredTables(String tables) {
        return "-Dmigrate.ignoredTables=" + tables;
    }

    @Override
    public String confirm(String database) {
        return "-Dmigrate.confirm=" + database;
    }

    @Override
    public String seed(boolean append, boolean force) {
        return "mvn migrate:seed" + (append ? " -Dmigrate.append=true" : "") + (force ? " -Dmigrate.force=true" : "");
    }

    @Override
    public String reset() {
        return "mvn migrate:reset";
    }
}
