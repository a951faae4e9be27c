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

    /** The actuator endpoint's settings. */
    private final Endpoint endpoint = new Endpoint();

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getSchema() {
        return schema;
    }

    public void setSchema(String schema) {
        this.schema = schema;
    }

    public String getVersionTable() {
        return versionTable;
    }

    public void setVersionTable(String versionTable) {
        this.versionTable = versionTable;
    }

    public String getHistoryTable() {
        return historyTable;
    }

    public void setHistoryTable(String historyTable) {
        this.historyTable = historyTable;
    }

    public Boolean getValidateChecksums() {
        return validateChecksums;
    }

    public void setValidateChecksums(Boolean validateChecksums) {
        this.validateChecksums = validateChecksums;
    }

    public Boolean getSingleTransaction() {
        return singleTransaction;
    }

    public void setSingleTransaction(Boolean singleTransaction) {
        this.singleTransaction = singleTransaction;
    }

    public Duration getLockTimeout() {
        return lockTimeout;
    }

    public void setLockTimeout(Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    public Boolean getFailOnAhead() {
        return failOnAhead;
    }

    public void setFailOnAhead(Boolean failOnAhead) {
        this.failOnAhead = failOnAhead;
    }

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

        public boolean isWriteOperations() {
            return writeOperations;
        }

        public void setWriteOperations(boolean writeOperations) {
            this.writeOperations = writeOperations;
        }
    }
}
