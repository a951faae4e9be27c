package dev.migrate.lint;

import dev.migrate.MigrateConfig;
import dev.migrate.MigrationException;
import dev.migrate.Migrator;
import dev.migrate.internal.db.Dialects;
import dev.migrate.internal.engine.PlannedStep;
import dev.migrate.internal.engine.RevisionMap;
import dev.migrate.internal.index.IndexLoader;
import dev.migrate.internal.index.LoadedRevisions;
import dev.migrate.internal.lint.LintEngine;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lints revisions without a database: each one's {@code upgrade} is recorded against the offline
 * renderer of a dialect, and the {@link Rule}s flag destructive, backward-incompatible and locking
 * changes.
 *
 * <pre>{@code
 * LintReport report = Linter.forDialect("postgresql", loader)
 *         .severity("rename-column", Severity.WARN)
 *         .range("base:heads");
 * if (report.fails()) { ... report.text() ... }
 * }</pre>
 *
 * <p>With a database, lint the revisions it has not applied ({@link #pending(Migrator)}), as the
 * Maven goal and the command line do when a URL is set: a rule added later must not break old
 * history.
 */
public final class Linter {

    private final LoadedRevisions revisions;
    private final RevisionMap map;
    private final String dialect;
    private final Map<Rule, Severity> severities = new EnumMap<>(Rule.class);
    private EntityMappings entities;

    private Linter(String dialect, LoadedRevisions revisions) {
        this.dialect = dialect;
        this.revisions = revisions;
        this.map = new RevisionMap(revisions.nodes());
    }

    /**
     * A linter of the revisions that a class loader's indexes list.
     *
     * @param dialect {@code postgresql}, {@code mysql}, {@code mariadb} or {@code h2}
     * @param classLoader where the revisions and their indexes are
     * @return the linter, with every rule at its default severity
     * @throws MigrationException when the dialect is unknown or the revisions are invalid
     */
    public static Linter forDialect(String dialect, ClassLoader classLoader) {
        Dialects.named(dialect);
        return new Linter(dialect, IndexLoader.load(classLoader, true));
    }

    /**
     * A linter for a configuration's database: its {@link MigrateConfig#dialect()}, else the one of
     * its URL, else {@code postgresql}; with the project's severities of {@link
     * MigrateConfig#lintRules()}. Nothing connects.
     *
     * @param config the configuration
     * @param classLoader where the revisions and their indexes are
     * @return the linter, every rule the configuration does not name at its default severity
     * @throws MigrationException when the dialect is unknown or the revisions are invalid
     */
    public static Linter forConfig(MigrateConfig config, ClassLoader classLoader) {
        String dialect = config.dialect().or(() -> config.url().flatMap(Linter::dialectOf)).orElse("postgresql");
        Linter linter = forDialect(dialect, classLoader);
        linter.severities.putAll(config.lintRules());
        return linter;
    }

    /**
     * The dialect the revisions are linted for.
     *
     * @return such as {@code postgresql}
     */
    public String dialect() {
        return dialect;
    }

    /**
     * Sets the severity of rules, as the front ends take them: rule ids separated by commas, each
     * list possibly {@code null}.
     *
     * @param warn the rules that warn
     * @param error the rules that fail
     * @param off the rules not applied
     * @return this linter
     * @throws MigrationException when an id names no rule
     */
    public Linter severities(String warn, String error, String off) {
        String[] lists = {warn, error, off};
        Severity[] levels = {Severity.WARN, Severity.ERROR, Severity.OFF};
        for (int i = 0; i < lists.length; i++) {
            if (lists[i] != null) {
                severity(lists[i], levels[i]);
            }
        }
        return this;
    }

    /**
     * Sets the severity of rules.
     *
     * @param ruleIds rule ids separated by commas, such as {@code "rename-column,rename-table"}
     * @param severity their severity
     * @return this linter
     * @throws MigrationException when an id names no rule
     */
    public Linter severity(String ruleIds, Severity severity) {
        for (String id : ruleIds.split(",")) {
            if (!id.isBlank()) {
                Rule rule = Rule.byId(id).orElseThrow(() -> new MigrationException("Unknown lint rule \"" + id.trim()
                        + "\"; give one of " + Rule.idList()));
                severities.put(rule, severity);
            }
        }
        return this;
    }

    /**
     * Checks the revisions against what the project's entities map as well: a revision that drops
     * or renames away a table or column an entity still maps is a {@link Rule#DROP_TABLE_IN_USE} or
     * {@link Rule#DROP_COLUMN_IN_USE} finding. Without this (as on the command line, which has no
     * entity model) those rules find nothing; the Maven goal gives the JPA entities' mappings.
     *
     * @param mappings the tables and columns the entities map, or {@code null} for none
     * @return this linter
     */
    public Linter entities(EntityMappings mappings) {
        this.entities = mappings;
        return this;
    }

    /**
     * Lints every revision, from base to the heads.
     *
     * @return the findings
     */
    public LintReport all() {
        return range("base:heads");
    }

    /**
     * Lints the revisions an upgrade over a range runs: {@code from:to} as offline scripts take
     * it, or {@code to} alone from base.
     *
     * @param range such as {@code base:heads} or {@code 1c9e0b7a5d22:heads}
     * @return the findings
     * @throws MigrationException when the range names unknown revisions
     */
    public LintReport range(String range) {
        int colon = range.indexOf(':');
        String from = colon < 0 ? "base" : range.substring(0, colon).trim();
        String to = colon < 0 ? range.trim() : range.substring(colon + 1).trim();
        Set<String> current = Set.copyOf(map.resolve(from.isEmpty() ? "base" : from));
        List<String> ids = new ArrayList<>();
        for (PlannedStep step : map.upgrade(current, to.isEmpty() ? "heads" : to)) {
            ids.add(step.revisionId());
        }
        return revisions(ids);
    }

    /**
     * Lints the revisions a database has not applied yet, in the order an upgrade runs them. Those
     * it has applied are left alone on purpose: a rule added or made stricter later must not fail
     * the build over history that has already run.
     *
     * @param migrator the database's migrator; only its status is read
     * @return the findings of the pending revisions
     * @throws MigrationException when the database cannot be read
     */
    public LintReport pending(Migrator migrator) {
        return revisions(migrator.status().pending());
    }

    /**
     * Lints the given revisions, such as the pending ones of {@link dev.migrate.Status#pending()}.
     *
     * @param ids the revisions' full ids, in the order to report them
     * @return the findings
     * @throws MigrationException when an id names no revision
     */
    public LintReport revisions(List<String> ids) {
        LintEngine engine = new LintEngine(Dialects.named(dialect), severities, entities);
        List<Finding> findings = new ArrayList<>();
        for (String id : ids) {
            var descriptor = revisions.descriptor(id).orElseThrow(() -> new MigrationException(
                    "No revision \"" + id + "\" to lint; give the id of a revision"));
            findings.addAll(engine.lint(descriptor, revisions.newMigration(id)));
        }
        return new LintReport(ids, findings);
    }

    /**
     * The dialect of a JDBC URL, for linting the revisions of the database it names without
     * connecting to it.
     *
     * @param url a JDBC URL, or {@code null}
     * @return {@code postgresql}, {@code mysql}, {@code mariadb} or {@code h2}, or empty for another URL
     */
    public static Optional<String> dialectOf(String url) {
        String lower = url == null ? "" : url.trim().toLowerCase(Locale.ROOT);
        for (String dialect : List.of("postgresql", "mysql", "mariadb", "h2")) {
            if (lower.startsWith("jdbc:" + dialect + ":")) {
                return Optional.of(dialect);
            }
        }
        return Optional.empty();
    }

}
