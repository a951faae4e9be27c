package dev.migrate;

import dev.migrate.internal.db.Dialect;
import dev.migrate.internal.db.Dialects;
import dev.migrate.internal.db.TableNames;
import dev.migrate.internal.index.IndexLoader;
import dev.migrate.internal.index.LoadedRevisions;
import dev.migrate.internal.offline.Scripts;
import java.util.Objects;

/**
 * Writes the SQL of an upgrade or a downgrade as a script, without a database: the offline mode of
 * Alembic's {@code upgrade start:end --sql}, for a DBA to review and run.
 *
 * <pre>{@code
 * SqlScripts scripts = Migrator.builder().classLoader(loader).sqlScripts("postgresql");
 * String up = scripts.upgrade("base:heads");      // from an empty database to every head
 * String down = scripts.downgrade("heads:base");  // and back
 * }</pre>
 *
 * <p>Each revision's operations are rendered exactly as {@link Migrator} runs them. A script that
 * starts from {@code base} first creates the version and history tables ({@code IF NOT EXISTS}).
 * Before its first revision a script stops, with an error naming the rows it starts from and the
 * rows the version table holds, unless the table holds exactly the revisions it starts from (none
 * for {@code base}), so that a script run twice applies nothing the second time; with {@code psql},
 * run it with {@code -v ON_ERROR_STOP=1}.
 * Each revision gets a {@code -- Running upgrade a -> b} comment, its statements, its version-table
 * changes and a history row; on PostgreSQL a transactional revision is wrapped in {@code BEGIN} and
 * {@code COMMIT}. Statements end with {@code ;} followed by a blank line. Plain SQL from {@link
 * Ops#execute} and {@link Ops#executeScript} goes in as given, {@link Ops#bulkInsert} becomes one
 * {@code INSERT} per row with literal values, and the questions of {@link Ops} ({@code
 * tableExists}, {@code connection()}...) fail with a {@link MigrationException} naming the
 * revision, since there is no database to ask. The same revisions give the same script.
 *
 * <p>The class loader and the bookkeeping tables' schema and names come from the {@link
 * Migrator.Builder} it is made by; no database is configured or opened. To start from what a
 * database holds, use {@link Migrator#upgradeSql} and {@link
 * Migrator#downgradeSql}. Instances are immutable.
 */
public final class SqlScripts {

    private final Dialect dialect;
    private final Scripts scripts;

    /** Loads the revision indexes and checks the graph. */
    SqlScripts(String dialect, ClassLoader classLoader, TableNames tables) {
        this.dialect = Dialects.named(dialect);
        LoadedRevisions revisions = IndexLoader.load(classLoader, true);
        this.scripts = new Scripts(revisions, new Revisions(revisions.descriptors()).map(), tables);
    }

    /**
     * The script of an upgrade over a range.
     *
     * @param range {@code start:end}, each side a target as {@link Migrator} takes them; {@code start}
     *     stands for the revisions the database is at when the script runs ({@code base}: none), and
     *     {@code end} alone means {@code base:end}
     * @return the script
     * @throws MigrationException for a bad range or target, or a revision that cannot be written
     *     without a database
     */
    public String upgrade(String range) {
        return scripts.range(dialect, Objects.requireNonNull(range, "range"), true);
    }

    /**
     * The script of a downgrade over a range.
     *
     * @param range {@code start:end} with {@code start} the upper end, where the database is when
     *     the script runs, such as {@code heads:base}
     * @return the script
     * @throws MigrationException for a bad range or target, or a revision that cannot be written
     *     without a database
     */
    public String downgrade(String range) {
        return scripts.range(dialect, Objects.requireNonNull(range, "range"), false);
    }
}
