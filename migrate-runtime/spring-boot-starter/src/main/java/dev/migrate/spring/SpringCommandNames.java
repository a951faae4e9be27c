package dev.migrate.spring;

import dev.migrate.report.CommandNames;

/** The advice of the runtime's checks, in an application's words: properties and the actuator endpoint. */
final class SpringCommandNames implements CommandNames {

    static final CommandNames INSTANCE = new SpringCommandNames();

    private SpringCommandNames() {}

    @Override
    public String upgrade(String target) {
        return "the start-up migration (migrate.target=" + target + ")";
    }

    @Override
    public String resolve(String revision) {
        return CommandNames.API.resolve(revision);
    }

    @Override
    public String failOnAhead() {
        return "migrate.fail-on-ahead";
    }

    @Override
    public String allowNonEmptySchema() {
        return "migrate.allow-non-empty-schema=true";
    }

    @Override
    public String ignoredTables(String tables) {
        return "migrate.ignored-tables=" + tables;
    }

    @Override
    public String confirm(String database) {
        return "migrate.confirm=" + database;
    }
}
