package dev.migrate.spring;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code migrate.*} properties: what {@code spring.flyway.*} sets for Flyway. A setting left
 * unset keeps the runtime's default, and every value is checked by the runtime's own {@link
 * dev.migrate.MigrateConfig}, whose messages name the property to change.
 */
@ConfigurationProperties("migrate")
public class MigrateProperties {

    /** Whether to run migrations at start-up and offer the migrate beans. */
    private boolean enabled = true;

    /** Where the start-up migration goes: heads, a revision id, a branch label or label@head. */
    private String target = "heads";

    /**
     * JDBC URL of a database to migrate instead of the application's DataSource, such as a
     * connection as a DDL-owning role.
     */
    private String url;

    /**
     * Login user of the database to migrate; without a URL, the application's DataSource is used
     * with this user instead of its own.
     */
    private String user;

    /** Login password of the database to migrate. */
    private String password;

    /** Schema (a database, on MySQL and MariaDB) of the bookkeeping tables; by default the connection's. */
    private String schema;

    /** Name of the version table; migrate_version by default. */
    private String versionTable;

    /** Name of the history table; migrate_history by default. */
    private String historyTable;

    /** Whether an upgrade refuses to run while an applied revision's source changed; true by default. */
    private Boolean validateChecksums;

    /** Whether each upgrade or downgrade commits as a whole (PostgreSQL only); false by default. */
    private Boolean singleTransaction;

    /** How long a migration waits for another run's lock; 10 minutes by default. */
    private Duration lockTimeout;

    /**
     * Whether start-up fails on a database that a newer build has already upgraded, rather than
     * starting with a warning; false by default.
     */
    private Boolean failOnAhead;

    /**
     * Whether start-up upgrades a schema that has tables but no version table (one made before
     * migrate); false by default, which refuses and says to stamp the revision the schema matches.
     */
    private Boolean allowNonEmptySchema;

    /** Tables foreign to migrate that do not make the schema count as non-empty, comma-separated. */
    private String ignoredTables;

    /**
     * The environment the application runs in, free text; prod or production makes destructive
     * operations need migrate.confirm naming the database.
     */
    private String environment;

    /** Confirms a destructive operation in production by naming the database. */
    private String confirm;

    /**
     * Whether a start-up upgrade that has anything to apply takes a backup first, with the
     * database's own tools (pg_dump, mysqldump); needs migrate.url. False by default.
     */
    private Boolean backupBeforeUpgrade;

    /** Whether a failed start-up upgrade restores that backup; needs backup-before-upgrade. False by default. */
    private Boolean restoreOnFailure;

    /** Where the backups go; ./backups by default. */
    private String backupDirectory;

    /** The actuator endpoint's settings. */
    private final Endpoint endpoint = new Endpoint();

    /**
     * The {@code migrate.*} properties: what {@code spring.flyway.*} sets for Flyway. A setting left unset keeps the runtime's default, and every value is checked by the runtime's own {@link dev.migrate.MigrateConfig}, whose messages name the property to change. / @ConfigurationProperties("migrate") public class MigrateProperties {  /** Whether to run migrations at start-up and offer the migrate beans.
     *
     * @return {@code migrate.enabled}
     */
    public boolean isEnabled() {
        return enabled;
    }

    /**
     * Sets {@code migrate.enabled}.
     *
     * @param enabled the value
     */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * Where the start-up migration goes: heads, a revision id, a branch label or label@head.
     *
     * @return {@code migrate.target}
     */
    public String getTarget() {
        return target;
    }

    /**
     * Sets {@code migrate.target}.
     *
     * @param target the value
     */
    public void setTarget(String target) {
        this.target = target;
    }

    /**
     * JDBC URL of a database to migrate instead of the application's DataSource, such as a connection as a DDL-owning role.
     *
     * @return {@code migrate.url}
     */
    public String getUrl() {
        return url;
    }

    /**
     * Sets {@code migrate.url}.
     *
     * @param url the value
     */
    public void setUrl(String url) {
        this.url = url;
    }

    /**
     * Login user of the database to migrate; without a URL, the application's DataSource is used with this user instead of its own.
     *
     * @return {@code migrate.user}
     */
    public String getUser() {
        return user;
    }

    /**
     * Sets {@code migrate.user}.
     *
     * @param user the value
     */
    public void setUser(String user) {
        this.user = user;
    }

    /**
     * Login password of the database to migrate.
     *
     * @return {@code migrate.password}
     */
    public String getPassword() {
        return password;
    }

    /**
     * Sets {@code migrate.password}.
     *
     * @param password the value
     */
    public void setPassword(String password) {
        this.password = password;
    }

    /**
     * Schema (a database, on MySQL and MariaDB) of the bookkeeping tables; by default the connection's.
     *
     * @return {@code migrate.schema}
     */
    public String getSchema() {
        return schema;
    }

    /**
     * Sets {@code migrate.schema}.
     *
     * @param schema the value
     */
    public void setSchema(String schema) {
        this.schema = schema;
    }

    /**
     * Name of the version table; migrate_version by default.
     *
     * @return {@code migrate.version-table}
     */
    public String getVersionTable() {
        return versionTable;
    }

    /**
     * Sets {@code migrate.version-table}.
     *
     * @param versionTable the value
     */
    public void setVersionTable(String versionTable) {
        this.versionTable = versionTable;
    }

    /**
     * Name of the history table; migrate_history by default.
     *
     * @return {@code migrate.history-table}
     */
    public String getHistoryTable() {
        return historyTable;
    }

    /**
     * Sets {@code migrate.history-table}.
     *
     * @param historyTable the value
     */
    public void setHistoryTable(String historyTable) {
        this.historyTable = historyTable;
    }

    /**
     * Whether an upgrade refuses to run while an applied revision's source changed; true by default.
     *
     * @return {@code migrate.validate-checksums}
     */
    public Boolean getValidateChecksums() {
        return validateChecksums;
    }

    /**
     * Sets {@code migrate.validate-checksums}.
     *
     * @param validateChecksums the value
     */
    public void setValidateChecksums(Boolean validateChecksums) {
        this.validateChecksums = validateChecksums;
    }

    /**
     * Whether each upgrade or downgrade commits as a whole (PostgreSQL only); false by default.
     *
     * @return {@code migrate.single-transaction}
     */
    public Boolean getSingleTransaction() {
        return singleTransaction;
    }

    /**
     * Sets {@code migrate.single-transaction}.
     *
     * @param singleTransaction the value
     */
    public void setSingleTransaction(Boolean singleTransaction) {
        this.singleTransaction = singleTransaction;
    }

    /**
     * The environment the application runs in; prod or production makes destructive operations
     * need {@code migrate.confirm}.
     *
     * @return {@code migrate.environment}
     */
    public String getEnvironment() {
        return environment;
    }

    /**
     * Sets {@code migrate.environment}.
     *
     * @param environment the value
     */
    public void setEnvironment(String environment) {
        this.environment = environment;
    }

    /**
     * The database name confirming a destructive operation in production.
     *
     * @return {@code migrate.confirm}
     */
    public String getConfirm() {
        return confirm;
    }

    /**
     * Sets {@code migrate.confirm}.
     *
     * @param confirm the value
     */
    public void setConfirm(String confirm) {
        this.confirm = confirm;
    }

    /**
     * How long a migration waits for another run's lock; 10 minutes by default.
     *
     * @return {@code migrate.lock-timeout}
     */
    public Duration getLockTimeout() {
        return lockTimeout;
    }

    /**
     * Sets {@code migrate.lock-timeout}.
     *
     * @param lockTimeout the value
     */
    public void setLockTimeout(Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    /**
     * Whether start-up fails on a database that a newer build has already upgraded, rather than starting with a warning; false by default.
     *
     * @return {@code migrate.fail-on-ahead}
     */
    public Boolean getFailOnAhead() {
        return failOnAhead;
    }

    /**
     * Sets {@code migrate.fail-on-ahead}.
     *
     * @param failOnAhead the value
     */
    public void setFailOnAhead(Boolean failOnAhead) {
        this.failOnAhead = failOnAhead;
    }

    /**
     * Whether a start-up upgrade that has anything to apply takes a backup first; false by default.
     *
     * @return {@code migrate.backup-before-upgrade}
     */
    public Boolean getBackupBeforeUpgrade() {
        return backupBeforeUpgrade;
    }

    /**
     * Sets {@code migrate.backup-before-upgrade}.
     *
     * @param backupBeforeUpgrade the value
     */
    public void setBackupBeforeUpgrade(Boolean backupBeforeUpgrade) {
        this.backupBeforeUpgrade = backupBeforeUpgrade;
    }

    /**
     * Whether a failed start-up upgrade restores the backup taken before it; false by default.
     *
     * @return {@code migrate.restore-on-failure}
     */
    public Boolean getRestoreOnFailure() {
        return restoreOnFailure;
    }

    /**
     * Sets {@code migrate.restore-on-failure}.
     *
     * @param restoreOnFailure the value
     */
    public void setRestoreOnFailure(Boolean restoreOnFailure) {
        this.restoreOnFailure = restoreOnFailure;
    }

    /**
     * Where the backups go; {@code ./backups} by default.
     *
     * @return {@code migrate.backup-directory}
     */
    public String getBackupDirectory() {
        return backupDirectory;
    }

    /**
     * Sets {@code migrate.backup-directory}.
     *
     * @param backupDirectory the value
     */
    public void setBackupDirectory(String backupDirectory) {
        this.backupDirectory = backupDirectory;
    }

    /**
     * Whether start-up upgrades a schema that has tables but no version table; false by default.
     *
     * @return {@code migrate.allow-non-empty-schema}
     */
    public Boolean getAllowNonEmptySchema() {
        return allowNonEmptySchema;
    }

    /**
     * Sets {@code migrate.allow-non-empty-schema}.
     *
     * @param allowNonEmptySchema the value
     */
    public void setAllowNonEmptySchema(Boolean allowNonEmptySchema) {
        this.allowNonEmptySchema = allowNonEmptySchema;
    }

    /**
     * Tables foreign to migrate that do not make the schema count as non-empty.
     *
     * @return {@code migrate.ignored-tables}, comma-separated
     */
    public String getIgnoredTables() {
        return ignoredTables;
    }

    /**
     * Sets {@code migrate.ignored-tables}.
     *
     * @param ignoredTables the tables, comma-separated
     */
    public void setIgnoredTables(String ignoredTables) {
        this.ignoredTables = ignoredTables;
    }

    /**
     * The actuator endpoint's settings.
     *
     * @return {@code migrate.endpoint.*}
     */
    public Endpoint getEndpoint() {
        return endpoint;
    }

    /** The {@code migrate.endpoint.*} properties. */
    public static class Endpoint {

        /**
         * Whether /actuator/migrate offers its write operations (upgrade, downgrade, dry-run) as
         * POST requests; protect them as any actuator operation.
         */
        private boolean writeOperations;

        /**
         * Whether /actuator/migrate offers its write operations as POST requests.
         *
         * @return {@code migrate.endpoint.write-operations}
         */
        public boolean isWriteOperations() {
            return writeOperations;
        }

        /**
         * Sets {@code migrate.endpoint.write-operations}.
         *
         * @param writeOperations the value
         */
        public void setWriteOperations(boolean writeOperations) {
            this.writeOperations = writeOperations;
        }
    }
}
