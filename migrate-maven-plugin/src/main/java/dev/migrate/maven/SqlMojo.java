package dev.migrate.maven;

import dev.migrate.ConfigKey;
import dev.migrate.MigrateConfig;
import dev.migrate.MigrationException;
import dev.migrate.Migrator;
import dev.migrate.SqlScriptRequest;
import dev.migrate.SqlScripts;
import dev.migrate.report.DryRunPlan;
import java.io.File;
import java.nio.charset.StandardCharsets;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Writes the SQL of an upgrade or a downgrade as a script for a DBA to review and run, instead of
 * running it: Alembic's {@code upgrade start:end --sql}. Without {@code migrate.url} it never
 * connects and needs {@code migrate.dialect}; with one, the dialect and (for {@code migrate.target})
 * the starting revisions come from the database, which is only read.
 */
@Mojo(name = "sql", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class SqlMojo extends AbstractMigrateMojo {

    /**
     * Without {@code migrate.url}: the range {@code start:end}, each side a target such as {@code
     * base}, {@code heads} or a revision id; {@code start} is where the database is when the script
     * runs. For a downgrade {@code start} is the upper end, as in {@code heads:base}. An upgrade
     * writes {@code base:heads} when it is not set.
     */
    @Parameter(property = "migrate.range")
    private String range;

    /**
     * With {@code migrate.url}: where to go from the revisions the database is at now, such as
     * {@code heads} (the default for an upgrade) or {@code base}.
     */
    @Parameter(property = "migrate.target")
    private String target;

    /**
     * The database the script is for, when no {@code migrate.url} is given: {@code postgresql},
     * {@code mysql}, {@code mariadb} or {@code h2}.
     */
    @Parameter(property = "migrate.dialect")
    private String dialect;

    /**
     * The file to write the script to, its directories created. When not set the script is printed
     * to the standard output as plain lines, so that {@code mvn -q migrate:sql ... > up.sql} keeps
     * only the script.
     */
    @Parameter(property = "migrate.output")
    private File output;

    /** Whether to write a downgrade script instead of an upgrade one; its range or target is then required. */
    @Parameter(property = "migrate.downgrade", defaultValue = "false")
    private boolean downgrade;

    /**
     * Creates the goal.
     *
     * @param decrypter decrypts the password of a {@code settings.xml} server
     */
    @Inject
    public SqlMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected void settings(MigrateConfig.Builder settings) {
        // Target and dialect are configuration keys: MIGRATE_TARGET, MIGRATE_DIALECT and migrate.properties apply too.
        settings.set(ConfigKey.TARGET, target).set(ConfigKey.DIALECT, dialect);
    }

    @Override
    protected boolean needsDatabase(boolean urlGiven) throws MojoFailureException {
        try {
            return request().needsDatabase(urlGiven, key -> "migrate." + key);
        } catch (MigrationException e) {
            throw new MojoFailureException("migrate: " + e.getMessage(), e);
        }
    }

    @Override
    protected void runOffline(Migrator.Builder builder) throws MojoFailureException, MojoExecutionException {
        SqlScriptRequest request = request();
        SqlScripts scripts = Targets.naming("migrate: sql for migrate.dialect=" + request.dialect(),
                () -> builder.sqlScripts(request.dialect()));
        String asked = request.rangeOrDefault();
        write(Targets.naming("migrate: sql for migrate.range=" + asked,
                () -> downgrade ? scripts.downgrade(asked) : scripts.upgrade(asked)));
    }

    @Override
    protected void run(Migrator migrator) throws MojoFailureException, MojoExecutionException {
        String to = request().targetOrDefault();
        write(Targets.naming("migrate: sql for migrate.target=" + to,
                () -> downgrade ? migrator.downgradeSql(to) : migrator.upgradeSql(to)));
    }

    private SqlScriptRequest request() {
        return new SqlScriptRequest(range, config().target().orElse(null), config().dialect().orElse(null), downgrade);
    }

    private void write(String script) throws MojoFailureException {
        int revisions = DryRunPlan.steps(script).size();
        // Without migrate.output: plain lines on the standard output, so the script can be redirected as is.
        ReportFormat.write(getLog(), script.getBytes(StandardCharsets.UTF_8), output,
                "the " + (downgrade ? "downgrade" : "upgrade") + " script of " + revisions + " revision(s)");
    }
}
