package dev.migrate.maven;

import dev.migrate.ConfigKey;
import dev.migrate.MigrateConfig;
import dev.migrate.MigrationException;
import dev.migrate.Migrator;
import dev.migrate.internal.Redaction;
import dev.migrate.internal.connect.DriverManagerDataSource;
import java.io.File;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Optional;
import javax.sql.DataSource;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * What every goal shares: the database, the bookkeeping tables, {@code migrate.skip}, and a run
 * that loads the project's revisions through a class loader of their own.
 *
 * <p>{@link #execute()} handles skipping, the configuration, credentials, the class loader and the
 * {@link Migrator}; a goal only implements {@link #run(Migrator)}. The parameters are the explicit
 * values of the runtime's {@link MigrateConfig}: a parameter left unset falls through to its
 * environment variable ({@code MIGRATE_URL}, ...), then to {@code migrate.properties} in the
 * project's base directory, then to the default. A {@link MigrationException} (a bad setting or
 * target, a broken graph, a failed revision) becomes a build failure with its message; anything
 * else is an error.
 */
public abstract class AbstractMigrateMojo extends AbstractMojo {

    /** Where the embedded default database lives, under the project's base directory. */
    static final String DEFAULT_H2_PATH = "target/migrate/h2";

    /** The configuration file read from the project's base directory, when there is one. */
    static final String CONFIG_FILE = "migrate.properties";

    /**
     * The JDBC URL of the database, such as {@code jdbc:postgresql://localhost:5432/app}. The
     * plugin ships the H2, PostgreSQL, MySQL and MariaDB drivers ({@code jdbc:h2:}, {@code
     * jdbc:postgresql:}, {@code jdbc:mysql:}, {@code jdbc:mariadb:}).
     *
     * <p>When neither this, {@code MIGRATE_URL} nor {@code url} in {@code migrate.properties} is
     * set, the goals use an embedded H2 database file at {@code target/migrate/h2} under the
     * project's base directory, user {@code sa} with an empty password, so that {@code mvn clean}
     * resets it. Every goal prints which database it uses, without credentials.
     */
    @Parameter(property = "migrate.url")
    private String url;

    /** The database user. Not together with {@link #serverId}, which supplies its own. */
    @Parameter(property = "migrate.user")
    private String user;

    /**
     * The database password. Prefer {@link #serverId}, which keeps it, encrypted if you like, in
     * {@code settings.xml} rather than in the POM or on the command line. Not together with {@link
     * #serverId}. Never printed.
     */
    @Parameter(property = "migrate.password")
    private String password;

    /**
     * The id of a {@code <server>} in {@code settings.xml} whose {@code username} and {@code
     * password} (decrypted when encrypted) are the database credentials. The credentials come from
     * one place only: setting {@link #user} or {@link #password} as well fails the build, naming
     * the parameters to remove.
     */
    @Parameter(property = "migrate.serverId")
    private String serverId;

    /**
     * The schema (a database, on MySQL) of the bookkeeping tables; by default the connection's
     * own.
     */
    @Parameter(property = "migrate.schema")
    private String schema;

    /** The table that holds the database's current revisions; {@code migrate_version} by default. */
    @Parameter(property = "migrate.versionTable")
    private String versionTable;

    /** The table that records every step run, with its checksum and outcome; {@code migrate_history} by default. */
    @Parameter(property = "migrate.historyTable")
    private String historyTable;

    /**
     * How long a goal that writes waits for another run's database lock: seconds ({@code 600}) or
     * an ISO-8601 duration ({@code PT10M}); 10 minutes by default. A goal that waits prints a
     * {@code [WARNING]} at once, naming the lock's holder where the database tells it, and again every
     * 30 seconds.
     */
    @Parameter(property = "migrate.lockTimeout")
    private String lockTimeout;

    /**
     * The environment the goal runs in, free text such as {@code staging}; {@code prod} or {@code
     * production} (any case) makes destructive goals (a downgrade to base or of more than one
     * revision, a stamp with purge, a restore into the configured database, a reset, a seed that
     * cleans) fail before writing unless {@link #confirm} names the database. It also chooses the
     * seeds {@code migrate:seed} loads.
     */
    @Parameter(property = "migrate.environment")
    private String environment;

    /** Confirms a destructive goal in production by naming the database it works in. */
    @Parameter(property = "migrate.confirm")
    private String confirm;

    /**
     * Tables that are not migrate's (another tool's), comma-separated, as the database stores their
     * names: they do not make the schema non-empty for {@code migrate:upgrade}, and {@code
     * migrate:revision -Dmigrate.autogenerate} and {@code migrate:check -Dmigrate.models} leave
     * them out of the comparison with the entities.
     */
    @Parameter(property = "migrate.ignoredTables")
    private String ignoredTables;

    /**
     * The Hibernate physical naming strategy the project's entities are mapped with, for {@code
     * migrate:revision -Dmigrate.autogenerate}, {@code migrate:check -Dmigrate.models} and {@code
     * migrate:lint}: a class
     * name, such as {@code org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl}.
     * By default Spring Boot's when the project uses Spring Boot, else Hibernate's.
     */
    @Parameter(property = "migrate.physicalNamingStrategy")
    private String physicalNamingStrategy;

    /** The Hibernate implicit naming strategy, likewise; by default Spring Boot's or Hibernate's. */
    @Parameter(property = "migrate.implicitNamingStrategy")
    private String implicitNamingStrategy;

    /** Skips the goal: nothing is loaded and the database is not touched. */
    @Parameter(property = "migrate.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Prints more: the database and tables used, the project class path, and for each revision
     * its class and parents.
     */
    @Parameter(property = "migrate.verbose", defaultValue = "false")
    private boolean verbose;

    /** The project whose compiled revisions and runtime dependencies are loaded. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** The session, for the settings' servers. */
    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    private final SettingsDecrypter decrypter;

    /** The configuration of the running goal, set by {@link #execute()}. */
    private MigrateConfig config;

    /** The database the running goal connects to, set by {@link #execute()} when it needs one. */
    private DataSource database;

    /**
     * Creates the goal.
     *
     * @param decrypter decrypts the password of {@link #serverId}'s server
     */
    protected AbstractMigrateMojo(SettingsDecrypter decrypter) {
        this.decrypter = decrypter;
    }

    /**
     * Skips, or connects, loads the project's revisions and runs the goal.
     *
     * @throws MojoFailureException for a bad configuration or target, an invalid revision graph, or
     *     a revision that fails
     * @throws MojoExecutionException for an unexpected problem, such as an unresolvable class path
     */
    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("migrate: skipped (migrate.skip is true)");
            return;
        }
        String secret = password;
        ClassLoader pluginLoader = AbstractMigrateMojo.class.getClassLoader();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try {
            MigrateConfig.Builder settings = settings();
            config = settings.build();
            boolean embedded = config.url().isEmpty();
            boolean online = needsDatabase(!embedded);
            if (online) {
                // settings.xml credentials are explicit values too: they win over the environment and the file.
                Credentials credentials = new ServerCredentials(session.getSettings(), decrypter)
                        .resolve(serverId, user, password);
                config = settings.set(ConfigKey.USER, credentials.user()).set(ConfigKey.PASSWORD, credentials.password())
                        .build();
                secret = config.password().orElse(null);
            }
            Migrator.Builder builder = config.migrator().logger(new DebugLogger(getLog()))
                    .commandNames(MavenCommandNames.INSTANCE);
            if (embedded && online) {
                boolean noUser = config.user().isEmpty();
                String who = noUser ? Credentials.H2_DEFAULT.user() : config.user().get();
                String secretOrDefault = noUser ? Credentials.H2_DEFAULT.password() : config.password().orElse(null);
                builder.url(defaultUrl(), who, secretOrDefault);
                database = new DriverManagerDataSource(defaultUrl(), who, secretOrDefault);
            } else if (online) {
                database = new DriverManagerDataSource(config.url().get(), config.user().orElse(null),
                        config.password().orElse(null));
            }
            if (online) {
                String database = embedded
                        ? defaultUrl() + " (embedded H2, reset by mvn clean; set migrate.url for another database)"
                        : Redaction.url(config.url().get());
                getLog().info("migrate: database " + database);
            }
            if (verbose) {
                String schema = config.schema().map(name -> name + ".").orElse("");
                String who = embedded && online && config.user().isEmpty() ? Credentials.H2_DEFAULT.user() : config.user().orElse(null);
                getLog().info("migrate: tables " + schema + config.versionTable() + ", " + schema + config.historyTable()
                        + (who == null ? "" : ", user " + who));
            }
            try (URLClassLoader projectLoader = ProjectClassLoader.create(project.getRuntimeClasspathElements(), pluginLoader)) {
                if (verbose) {
                    getLog().info("migrate: project class path " + project.getRuntimeClasspathElements());
                }
                // Revisions that look things up through the context class loader must see the project.
                thread.setContextClassLoader(projectLoader);
                builder.classLoader(projectLoader);
                if (!online) {
                    runOffline(builder);
                    return;
                }
                builder.listener(new LoggingListener(getLog(), verbose));
                configure(builder);
                try (Migrator migrator = builder.build()) {
                    if (migrator.heads().isEmpty() && expectsRevisions()) {
                        getLog().warn(ReportFormat.noRevisionsFound(project.getBuild().getOutputDirectory()));
                    }
                    run(migrator);
                }
            }
        } catch (MigrationException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (DependencyResolutionRequiredException | IOException e) {
            throw new MojoExecutionException("migrate: cannot load the project's class path: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("migrate: unexpected error: " + e.getClass().getName() + ": "
                    + Redaction.message(e, secret), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * The configuration's sources: the parameters as explicit values, named {@code migrate.<key>}
     * in messages, the environment, and {@code migrate.properties} when the project has one.
     */
    private MigrateConfig.Builder settings() {
        MigrateConfig.Builder settings = MigrateConfig.builder()
                .naming(key -> "migrate." + key.key())
                .set(ConfigKey.URL, url)
                .set(ConfigKey.USER, user)
                .set(ConfigKey.PASSWORD, password)
                .set(ConfigKey.SCHEMA, schema)
                .set(ConfigKey.VERSION_TABLE, versionTable)
                .set(ConfigKey.HISTORY_TABLE, historyTable)
                .set(ConfigKey.LOCK_TIMEOUT, lockTimeout)
                .set(ConfigKey.ENVIRONMENT, environment)
                .set(ConfigKey.CONFIRM, confirm)
                .set(ConfigKey.IGNORED_TABLES, ignoredTables);
        File file = new File(project.getBasedir(), CONFIG_FILE);
        if (file.isFile()) {
            settings.file(file.toPath());
        }
        settings(settings);
        return settings;
    }

    /**
     * Adds the goal's own parameters to the configuration as explicit values; nothing by default.
     *
     * @param settings the configuration's sources, with the shared parameters set
     */
    protected void settings(MigrateConfig.Builder settings) {}

    /**
     * The configuration of the running goal: its parameters, the environment, {@code
     * migrate.properties} and the defaults, in that order.
     *
     * @return the configuration; set while {@link #run} or {@link #runOffline} runs
     */
    protected final MigrateConfig config() {
        return config;
    }

    /**
     * Whether the goal needs the database. A goal that can also work without one, such as {@code
     * migrate:sql}, says no when no URL is given; it then never connects, and {@link
     * #runOffline} runs instead of {@link #run}.
     *
     * @param urlGiven whether {@code migrate.url} is set
     * @return {@code true} by default
     * @throws MojoFailureException when the goal's parameters do not fit {@code migrate.url}
     */
    protected boolean needsDatabase(boolean urlGiven) throws MojoFailureException {
        return true;
    }

    /**
     * The goal without a database, when {@link #needsDatabase} says so.
     *
     * @param builder a builder with the tables and the class loader set, and no database
     * @throws MojoFailureException for an expected problem, with a message naming what to change
     * @throws MojoExecutionException for an unexpected problem
     */
    protected void runOffline(Migrator.Builder builder) throws MojoFailureException, MojoExecutionException {
        throw new IllegalStateException(getClass().getName() + " needs a database");
    }

    /**
     * Adjusts the migrator before it is built; nothing by default.
     *
     * @param builder the builder, with the database, tables and class loader set
     */
    protected void configure(Migrator.Builder builder) {}

    /**
     * The goal itself.
     *
     * @param migrator the migrator over the project's revisions and the database
     * @throws MojoFailureException for an expected problem, with a message naming what to change
     * @throws MojoExecutionException for an unexpected problem
     */
    protected abstract void run(Migrator migrator) throws MojoFailureException, MojoExecutionException;

    /**
     * Whether the goal warns when the build has no revisions, which usually means the annotation
     * processor is missing; a goal that writes the first revision does not.
     *
     * @return {@code true} by default
     */
    protected boolean expectsRevisions() {
        return true;
    }

    /**
     * The goal's database, for reading it beside the {@link Migrator}: a new connection at each
     * request, to be closed by the caller.
     *
     * @return the data source; set while {@link #run} runs
     */
    protected final DataSource dataSource() {
        return database;
    }

    /**
     * The project the goal runs in.
     *
     * @return the project
     */
    protected final MavenProject project() {
        return project;
    }

    /**
     * The project's entities, as Hibernate maps them, against the database at its heads, without
     * the ignored tables.
     *
     * @param migrator the running goal's migrator
     * @return the comparison, or empty when the project has no entities
     * @throws MojoFailureException when the entities cannot be mapped or the database read
     * @throws MojoExecutionException when the class path cannot be resolved or read
     */
    final Optional<ModelDrift> modelDrift(Migrator migrator) throws MojoFailureException, MojoExecutionException {
        return ModelDrift.compare(entityModel(), migrator, database, config.ignoredTables(), new DebugLogger(getLog()),
                getLog()::info);
    }

    /**
     * The project's entities: its class directory and runtime class path, with the naming strategies.
     *
     * @return where to read them
     * @throws MojoExecutionException when the class path cannot be resolved
     */
    final EntityModel entityModel() throws MojoExecutionException {
        try {
            return new EntityModel(Path.of(project.getBuild().getOutputDirectory()),
                    project.getRuntimeClasspathElements(), physicalNamingStrategy, implicitNamingStrategy);
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("migrate: cannot resolve the project's class path: " + e.getMessage(), e);
        }
    }

    /**
     * Whether {@code migrate.verbose} is set.
     *
     * @return whether to print more
     */
    protected final boolean verbose() {
        return verbose;
    }

    /**
     * The embedded H2 database used when {@code migrate.url} is unset.
     *
     * @return its JDBC URL
     */
    protected final String defaultUrl() {
        File file = new File(project.getBasedir(), DEFAULT_H2_PATH);
        return "jdbc:h2:file:" + file.getAbsolutePath().replace('\\', '/');
    }
}
