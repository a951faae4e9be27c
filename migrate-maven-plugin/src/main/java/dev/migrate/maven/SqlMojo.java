package dev.migrate.maven;

import dev.migrate.Migrator;
import dev.migrate.SqlScripts;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
    protected boolean needsDatabase(boolean urlGiven) throws MojoFailureException {
        if (given(range) && given(target)) {
            throw new MojoFailureException("migrate: give migrate.range or migrate.target, not both: a range starts"
                    + " where you say, a target from the database's current revisions");
        }
        if (urlGiven) {
            if (given(range)) {
                throw new MojoFailureException("migrate: with migrate.url give migrate.target, which starts from the"
                        + " database's current revisions; for migrate.range=" + range.trim() + " use migrate.dialect"
                        + " instead of migrate.url");
            }
            if (given(dialect)) {
                throw new MojoFailureException("migrate: migrate.dialect is for writing a script without a database;"
                        + " with migrate.url the dialect is the database's. Remove migrate.dialect or migrate.url");
            }
            if (downgrade && !given(target)) {
                throw new MojoFailureException("migrate: a downgrade script needs migrate.target, such as base");
            }
            return true;
        }
        if (!given(dialect)) {
            throw new MojoFailureException("migrate: set migrate.dialect (postgresql, mysql, mariadb or h2) to write"
                    + " a script without a database, or migrate.url to take it from one");
        }
        if (given(target)) {
            throw new MojoFailureException("migrate: migrate.target starts from the database's current revisions,"
                    + " so it needs migrate.url; without a database give migrate.range, such as base:" + target.trim());
        }
        if (downgrade && !given(range)) {
            throw new MojoFailureException("migrate: a downgrade script needs migrate.range, such as heads:base");
        }
        return false;
    }

    @Override
    protected void runOffline(Migrator.Builder builder) throws MojoFailureException, MojoExecutionException {
        SqlScripts scripts = Targets.naming("migrate: sql for migrate.dialect=" + dialect.trim(),
                () -> builder.sqlScripts(dialect));
        String asked = given(range) ? range.trim() : "base:heads";
        write(Targets.naming("migrate: sql for migrate.range=" + asked,
                () -> downgrade ? scripts.downgrade(asked) : scripts.upgrade(asked)));
    }

    @Override
    protected void run(Migrator migrator) throws MojoFailureException, MojoExecutionException {
        String to = given(target) ? target.trim() : "heads";
        write(Targets.naming("migrate: sql for migrate.target=" + to,
                () -> downgrade ? migrator.downgradeSql(to) : migrator.upgradeSql(to)));
    }

    private void write(String script) throws MojoFailureException {
        long revisions = script.lines().filter(line -> line.startsWith("-- Running ")).count();
        if (output == null) {
            // Plain lines on the standard output, not log lines: the script can be redirected as is.
            ReportFormat.write(getLog(), script.getBytes(StandardCharsets.UTF_8), null, "the script");
            return;
        }
        try {
            File parent = output.getAbsoluteFile().getParentFile();
            if (parent != null) {
                Files.createDirectories(parent.toPath());
            }
            Files.writeString(output.toPath(), script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoFailureException("migrate: cannot write the script to migrate.output=" + output + ": " + e, e);
        }
        getLog().info("migrate: wrote the " + (downgrade ? "downgrade" : "upgrade") + " script of " + revisions
                + " revision(s) to " + output);
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }
}
