package dev.migrate.maven;

import dev.migrate.ConfigKey;
import dev.migrate.MigrateConfig;
import dev.migrate.Migrator;
import dev.migrate.lint.Finding;
import dev.migrate.lint.LintReport;
import dev.migrate.lint.Linter;
import dev.migrate.report.Reports;
import java.io.File;
import javax.inject.Inject;
import javax.sql.DataSource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Lints revisions before they run: records each one's {@code upgrade} against the offline renderer
 * of {@code migrate.dialect}, without running anything, and fails the build on an error finding
 * (a dropped column, an index that locks a PostgreSQL table, ...) that the revision does not
 * accept with {@code @Allow}. With {@code migrate.url} it lints the revisions the database has not
 * applied yet, so that a rule added later does not break old history; without one, every revision
 * or {@code migrate.range}. Binds to {@code verify}.
 *
 * <p>When the project has JPA entities (its compiled classes annotated {@code @Entity}, ...),
 * Hibernate maps them as {@code migrate:check -Dmigrate.models} does, and a revision that drops or
 * renames away a table or column they still map is a {@code drop-table-in-use} or {@code
 * drop-column-in-use} finding naming the class or property; without entities those rules do not
 * apply. Run it after {@code compile}.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.RUNTIME,
        threadSafe = true)
public class LintMojo extends AbstractMigrateMojo {

    /**
     * The revisions to lint, as {@code start:end} ({@code base:heads} by default without {@code
     * migrate.url}); given with {@code migrate.url}, the database is not read.
     */
    @Parameter(property = "migrate.range")
    private String range;

    /**
     * The database the revisions are for: {@code postgresql}, {@code mysql}, {@code mariadb} or
     * {@code h2}. By default the one of {@code migrate.url}, else {@code postgresql}.
     */
    @Parameter(property = "migrate.dialect")
    private String dialect;

    /**
     * The project's severities: {@code rule=level} pairs separated by commas, the level {@code
     * warn}, {@code fail} or {@code off}, such as {@code drop-column=warn,index-not-concurrent=fail};
     * also the {@code lintRules} key of {@code migrate.properties} and {@code MIGRATE_LINT_RULES}.
     * {@code migrate.lintWarn}, {@code lintError} and {@code lintOff} win over it.
     */
    @Parameter(property = "migrate.lintRules")
    private String lintRules;

    /**
     * How to print the findings: {@code text} as log lines (errors as {@code [ERROR]}), or {@code
     * json}, one line on the standard output or in {@code migrate.output}, with each finding's
     * revision, class, line, rule, severity, message and advice.
     */
    @Parameter(property = "migrate.format", defaultValue = "text")
    private String format;

    /** The file to write the findings to, in {@code migrate.format}, its directories created. */
    @Parameter(property = "migrate.output")
    private File output;

    /** Rule ids, separated by commas, whose findings warn instead of failing, such as {@code rename-column}. */
    @Parameter(property = "migrate.lintWarn")
    private String lintWarn;

    /** Rule ids, separated by commas, whose findings fail the build, such as {@code unchecked}. */
    @Parameter(property = "migrate.lintError")
    private String lintError;

    /** Rule ids, separated by commas, that are not applied. */
    @Parameter(property = "migrate.lintOff")
    private String lintOff;

    /**
     * Creates the goal.
     *
     * @param decrypter decrypts the password of a {@code settings.xml} server
     */
    @Inject
    public LintMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected void settings(MigrateConfig.Builder settings) {
        settings.set(ConfigKey.DIALECT, dialect).set(ConfigKey.LINT_RULES, lintRules);
    }

    @Override
    protected boolean needsDatabase(boolean urlGiven) {
        return urlGiven && (range == null || range.isBlank());
    }

    @Override
    protected void runOffline(Migrator.Builder builder) throws MojoFailureException, MojoExecutionException {
        String asked = range == null || range.isBlank() ? "base:heads" : range.trim();
        String what = "migrate: lint of migrate.range=" + asked;
        Linter linter = entities(Targets.naming(what, this::linter), null);
        report(Targets.naming(what, () -> linter.range(asked)));
    }

    @Override
    protected void run(Migrator migrator) throws MojoFailureException, MojoExecutionException {
        LintReport report = entities(linter(), dataSource()).pending(migrator);
        getLog().info("migrate: linted the " + report.revisions().size() + " revision(s) the database has not applied");
        report(report);
    }

    private Linter linter() {
        // The base class made the project's class loader the context one for the goal.
        Linter linter = Linter.forConfig(config(), Thread.currentThread().getContextClassLoader());
        getLog().info("migrate: lint for " + linter.dialect());
        return linter.severities(lintWarn, lintError, lintOff);
    }

    /** The entities' tables and columns for the rules of those in use; a project without entities has none. */
    private Linter entities(Linter linter, DataSource database) throws MojoFailureException, MojoExecutionException {
        LintEntities.read(entityModel(), linter.dialect(), database, getLog()::info).ifPresent(mappings -> {
            getLog().info("migrate: drops are checked against the " + mappings.model().tables().size()
                    + " tables the entities map (drop-table-in-use, drop-column-in-use)");
            linter.entities(mappings);
        });
        return linter;
    }

    private void report(LintReport report) throws MojoFailureException {
        if (ReportFormat.toLog(format, output)) {
            for (Finding finding : report.findings()) {
                if (finding.fails()) {
                    getLog().error(finding.text());
                } else if (finding.allowed()) {
                    getLog().info(finding.text());
                } else {
                    getLog().warn(finding.text());
                }
            }
        } else {
            ReportFormat.print(getLog(), Reports.lint(report), format, output);
        }
        getLog().info("migrate: " + report.summary());
        if (report.fails()) {
            throw new MojoFailureException("migrate: lint found changes that are unsafe for running code or lock"
                    + " tables (the error findings); make them safely, accept one with @Allow(value = \"<rule>\","
                    + " reason = \"...\") on the revision, or make the rule warn: migrate.lintRules=<rule>=warn");
        }
    }
}
