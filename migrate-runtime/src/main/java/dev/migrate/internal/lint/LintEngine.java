package dev.migrate.internal.lint;

import dev.migrate.Allow;
import dev.migrate.Migration;
import dev.migrate.internal.db.Dialect;
import dev.migrate.internal.jdbc.Texts;
import dev.migrate.lint.EntityMappings;
import dev.migrate.lint.Finding;
import dev.migrate.lint.Rule;
import dev.migrate.lint.Severity;
import dev.migrate.spi.RevisionDescriptor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lints one revision at a time: records its {@code upgrade} against the dialect's offline renderer
 * and applies the rules, with the project's severities and the revision's {@link Allow}s.
 */
public final class LintEngine {

    private final Dialect dialect;
    private final Map<Rule, Severity> severities;
    private final Checks checks;
    private final RawSql parser = RawSql.load();

    /**
     * @param dialect the database the revisions are for
     * @param severities the project's severities; a rule not in it has its default
     */
    public LintEngine(Dialect dialect, Map<Rule, Severity> severities) {
        this(dialect, severities, null);
    }

    /**
     * @param dialect the database the revisions are for
     * @param severities the project's severities; a rule not in it has its default
     * @param entities what the project's entities map, or {@code null} when it has none: the rules
     *     of tables and columns in use then find nothing
     */
    public LintEngine(Dialect dialect, Map<Rule, Severity> severities, EntityMappings entities) {
        this.dialect = dialect;
        this.severities = Map.copyOf(severities);
        String name = dialect.name();
        this.checks = new Checks(name.equals("PostgreSQL"), name.startsWith("MySQL"),
                entities == null ? InUse.NONE : new InUse(entities));
    }

    /**
     * The findings of one revision, in the order of its operations.
     *
     * @param revision the revision
     * @param migration a new instance of it
     * @return its findings, without those of rules set to {@link Severity#OFF}
     */
    public List<Finding> lint(RevisionDescriptor revision, Migration migration) {
        boolean inTransaction = dialect.transactionalDdl() && revision.transactional();
        RecordingOps ops = new RecordingOps(dialect, revision.id(), migration.getClass(), inTransaction, parser);
        List<Checks.Hit> hits = new ArrayList<>();
        try {
            migration.upgrade(ops);
        } catch (Exception e) {
            // Offline, a revision that asks the database stops there; what it did before is still checked.
            hits.add(new Checks.Hit(Rule.UNCHECKED, "upgrade", "lint stopped where the upgrade failed offline ("
                    + Texts.describe(e) + "); the operations after it are not checked",
                    new SourceLines(migration.getClass()).of(e)));
        }
        hits.addAll(0, checks.check(ops.operations()));
        Map<String, String> allowed = new HashMap<>();
        for (Allow allow : migration.getClass().getAnnotationsByType(Allow.class)) {
            // In any case, as the processor accepts it and the index records it.
            Rule.byId(allow.value()).ifPresent(rule -> allowed.put(rule.id(), allow.reason()));
        }
        List<Finding> findings = new ArrayList<>();
        for (Checks.Hit hit : hits) {
            Severity severity = severities.getOrDefault(hit.rule(), hit.rule().defaultSeverity());
            if (severity != Severity.OFF) {
                findings.add(new Finding(revision.id(), revision.className(), hit.line(), hit.rule(), severity,
                        hit.operation(), hit.message(), allowed.get(hit.rule().id())));
            }
        }
        return findings;
    }
}
