package dev.migrate.maven;

import dev.migrate.report.CommandNames;

/** The goals and {@code -Dmigrate.*} properties that advice names when the plugin runs. */
final class MavenCommandNames implements CommandNames {

    /** The one instance: it holds nothing. */
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
    public String stamp(String target) {
        return "mvn migrate:stamp -Dmigrate.target=" + target;
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
}
