package dev.migrate.cli;

import dev.migrate.report.CommandNames;

/**
 * The commands that the advice of a failed {@code check} and every message suggesting a repair
 * name, as this command line spells them.
 */
final class CliCommandNames implements CommandNames {

    static final CommandNames INSTANCE = new CliCommandNames();

    @Override
    public String upgrade(String target) {
        return "heads".equals(target) ? "migrate upgrade" : "migrate upgrade --target " + target;
    }

    @Override
    public String resolve(String revision) {
        return "migrate resolve --revision " + revision;
    }

    @Override
    public String failOnAhead() {
        return "--fail-on-ahead";
    }

    @Override
    public String stamp(boolean purge, String... targets) {
        // The stamp command takes several revisions comma-separated in one --target.
        return "migrate stamp" + (purge ? " --purge" : "") + " --target " + String.join(",", targets);
    }

    @Override
    public String acceptChecksum(String revision) {
        return "migrate resolve " + revision + " --accept-checksum --reason \"<why>\"";
    }

    @Override
    public String allowNonEmptySchema() {
        return "--allow-non-empty-schema";
    }

    @Override
    public String ignoredTables(String tables) {
        return "--ignored-tables " + tables;
    }

    @Override
    public String confirm(String database) {
        return "--confirm " + database;
    }

    @Override
    public String seed(boolean append, boolean force) {
        return "migrate seed" + (append ? " --append" : "") + (force ? " --force" : "");
    }

    @Override
    public String reset() {
        return "migrate reset";
    }
}
