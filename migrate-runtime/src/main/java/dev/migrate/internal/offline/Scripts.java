package dev.migrate.internal.offline;

import dev.migrate.MigrationException;
import dev.migrate.internal.command.RuntimeMessage;
import dev.migrate.internal.engine.PlannedStep;
import dev.migrate.internal.engine.RevisionMap;
import dev.migrate.internal.index.LoadedRevisions;
import dev.migrate.internal.db.Dialect;
import dev.migrate.internal.db.TableNames;
import java.util.List;
import java.util.Set;

/** Plans a command from given version rows and writes it as an SQL script: the offline mode's one path. */
public final class Scripts {

    private final LoadedRevisions revisions;
    private final RevisionMap map;
    private final TableNames tables;

    public Scripts(LoadedRevisions revisions, RevisionMap map, TableNames tables) {
        this.revisions = revisions;
        this.map = map;
        this.tables = tables;
    }

    /**
     * The script of an upgrade or a downgrade from {@code current} to {@code target}.
     *
     * @param createTables whether to create the bookkeeping tables first
     * @param addLineage whether to add the {@code lineage} column to a history table of the previous
     *     release's layout first
     */
    public String write(Dialect dialect, String title, Set<String> current, String target, boolean up, boolean createTables,
            boolean addLineage) {
        List<PlannedStep> plan = up ? map.upgrade(current, target) : map.downgrade(current, target);
        return new ScriptWriter(dialect, tables).write(title, current, createTables, addLineage, plan,
                id -> revisions.descriptor(id).orElseThrow(), revisions::newMigration);
    }

    /**
     * The script of a range {@code from:to}, as Alembic's {@code --sql} takes it: {@code from} stands
     * for the version rows the script starts from, {@code base} for none. An upgrade may give
     * {@code to} alone, from base.
     */
    public String range(Dialect dialect, String range, boolean up) {
        String command = up ? "upgrade" : "downgrade";
        int colon = range.indexOf(':');
        if (colon < 0 && up) {
            return range(dialect, "base:" + range, true);
        }
        String from = colon < 0 ? "" : range.substring(0, colon).trim();
        String to = colon < 0 ? "" : range.substring(colon + 1).trim();
        if (from.isEmpty() || to.isEmpty() || to.indexOf(':') >= 0) {
            throw new MigrationException(RuntimeMessage.BAD_SCRIPT_RANGE.format(range, command,
                    up ? "base:heads" : "heads:base"));
        }
        Set<String> current = Set.copyOf(map.resolve(from));
        if (up && map.upgrade(current, to).isEmpty() && !current.containsAll(absolute(to))) {
            // Online, an upgrade to an applied revision is a no-op; a script's range runs one way only.
            throw new MigrationException(RuntimeMessage.SCRIPT_RANGE_DOWNWARD.format(range, to, from));
        }
        // Written without a database: the tables are taken to have this release's layout.
        return write(dialect, command + " " + from + ":" + to, current, to, up, up && current.isEmpty(), false);
    }

    /** The revisions an absolute target stands for; none for a relative one, which planning checked. */
    private List<String> absolute(String target) {
        try {
            return map.resolve(target);
        } catch (MigrationException relative) {
            return List.of();
        }
    }
}
