package dev.migrate.internal.command;

import dev.migrate.MigrationException;
import dev.migrate.internal.db.Dialect;
import dev.migrate.internal.jdbc.BookkeepingLayout;
import dev.migrate.internal.jdbc.SchemaTables;
import dev.migrate.report.CommandNames;
import java.sql.Connection;
import java.util.List;
import java.util.Set;

/**
 * Refuses an upgrade of a schema that holds tables but no version table: a database that predates
 * migrate, where the first revisions would collide with what is there and leave a failed row
 * behind. As Flyway does without {@code baselineOnMigrate}, it is the version table's absence that
 * counts: an empty version table means that someone set the schema up for migrate (a stamp, an
 * earlier run), and the upgrade proceeds. It runs before the lock is taken, so a refusal writes nothing.
 */
final class NonEmptySchemaCheck {

    /** How many of the tables found the message names. */
    private static final int LISTED = 10;

    private final Commands commands;

    NonEmptySchemaCheck(Commands commands) {
        this.commands = commands;
    }

    /** The check of an upgrade to {@code target}, on the working connection before the lock. */
    Session.BeforeLock before(String target) {
        return (connection, dialect) -> check(connection, dialect, target);
    }

    private void check(Connection connection, Dialect dialect, String target) {
        Commands.Adoption adoption = commands.settings.adoption();
        if (adoption.allowNonEmptySchema()
                || new BookkeepingLayout(dialect, commands.tables).find(connection).versionTable()) {
            return;
        }
        SchemaTables.Found found = new SchemaTables(dialect, commands.tables).find(connection, adoption.ignoredTables());
        // Nothing to run (no revisions, target base) writes nothing either: no reason to refuse.
        if (found.foreign().isEmpty() || commands.map().upgrade(Set.of(), target).isEmpty()) {
            return;
        }
        List<String> tables = found.foreign();
        List<String> some = tables.subList(0, Math.min(LISTED, tables.size()));
        String listed = String.join(", ", some) + (tables.size() > some.size()
                ? " and " + (tables.size() - some.size()) + " more" : "");
        CommandNames names = commands.settings.commandNames();
        throw new MigrationException(RuntimeMessage.NON_EMPTY_SCHEMA.format(found.schema(), tables.size(),
                commands.tables.versionTable(), listed, names.stamp(false, "<id>"), names.allowNonEmptySchema(),
                names.ignoredTables(String.join(",", some))));
    }
}
