package dev.migrate.cli;

import dev.migrate.report.CommandNames;

/** The commands that the advice of a failed {@code check} names, as this command line spells them. */
final class CliCommandNames implements CommandNames {

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
}
