package dev.migrate.internal.db.mysql;

import dev.migrate.internal.db.Dialect;
import dev.migrate.internal.db.IdentifierLimits;
import dev.migrate.internal.db.LockStrategy;
import dev.migrate.internal.db.TableNames;
import dev.migrate.internal.sql.SchemaRenderer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * MySQL and MariaDB: every DDL statement commits implicitly, so a failed revision may leave a
 * half-applied change behind; a schema is a database.
 */
public final class MySqlDialect implements Dialect {

    /** The column keeps milliseconds; finer digits would be rounded by the server. */
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("HH:mm:ss.SSS", Locale.ROOT);

    @Override
    public String name() {
        return "MySQL/MariaDB";
    }

    @Override
    public String quote(String identifier) {
        return '`' + identifier.replace("`", "``") + '`';
    }

    @Override
    public SchemaRenderer renderer() {
        return new MySqlRenderer(this::quote);
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    public List<String> versionTableDdl(TableNames names) {
        return List.of("CREATE TABLE IF NOT EXISTS " + qualify(names.schema(), names.versionTable())
                + " (version_num VARCHAR(64) NOT NULL PRIMARY KEY) ENGINE=InnoDB");
    }

    @Override
    public List<String> historyTableDdl(TableNames names) {
        // DATETIME, not TIMESTAMP: TIMESTAMP columns may get implicit defaults and ON UPDATE
        // clauses (explicit_defaults_for_timestamp) and end in 2038. Values are stored in UTC.
        // The index is declared inline because MySQL has no CREATE INDEX IF NOT EXISTS.
        return List.of("CREATE TABLE IF NOT EXISTS " + qualify(names.schema(), names.historyTable()) + " ("
                + "id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, "
                + "revision VARCHAR(64) NOT NULL, "
                + "direction VARCHAR(16) NOT NULL, "
                + "message TEXT, "
                + "checksum VARCHAR(64), "
                + "status VARCHAR(16) NOT NULL, "
                + "started_at DATETIME(3) NOT NULL, "
                + "duration_ms BIGINT NOT NULL, "
                + "error TEXT, "
                + "installed_by VARCHAR(255), "
                + "in_transaction BOOLEAN NOT NULL, "
                + "lineage TEXT, "
                + "INDEX " + quote(names.historyTable() + "_revision_idx") + " (revision, id)"
                + ") ENGINE=InnoDB");
    }

    @Override
    public String currentTimestamp() {
        // started_at holds UTC, whatever the session's time zone.
        return "UTC_TIMESTAMP(3)";
    }

    @Override
    public String currentUser() {
        return "CURRENT_USER()";
    }

    @Override
    public void bindTimestamp(PreparedStatement statement, int index, Instant value) throws SQLException {
        // Text in UTC, whatever the session's or the JVM's time zone: Connector/J takes MariaDB for a
        // server older than MySQL 5.6.4 (from its version string 5.5.5-10.x) and drops the fraction
        // of a bound LocalDateTime, while DATETIME(3) parses the text's milliseconds on both.
        LocalDateTime at = LocalDateTime.ofInstant(value, ZoneOffset.UTC);
        statement.setString(index, at.toLocalDate() + " " + at.toLocalTime().format(MILLIS));
    }

    @Override
    public Instant readTimestamp(ResultSet row, int column) throws SQLException {
        LocalDateTime value = row.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    @Override
    public LockStrategy lockStrategy() {
        return new MySqlNamedLock();
    }

    @Override
    public IdentifierLimits identifierLimits() {
        return IdentifierLimits.mysql();
    }

    @Override
    public boolean catalogsAreSchemas() {
        return true;
    }

    /**
     * MySQL and MariaDB have no conditional statement outside a stored program that works on both:
     * the message is set as the value of a boolean session variable, which both refuse with the value
     * in the error ({@code Variable 'sql_notes' can't be set to the value of '...'}) and which keeps
     * its value when the condition holds.
     */
    @Override
    public String scriptGuard(String table, String condition, String message, String noRows, String hint) {
        return "SET @@SESSION.sql_notes = (SELECT CASE WHEN " + condition + " THEN @@SESSION.sql_notes ELSE CONCAT("
                + message + ", COALESCE(GROUP_CONCAT(version_num ORDER BY version_num SEPARATOR ', '), '" + noRows
                + "')) END FROM " + table + ")";
    }

    /** MySQL compares strings case-insensitively by default: compare bytes, so that R001 is not r001. */
    @Override
    public String exactText(String column) {
        return "CAST(" + column + " AS BINARY)";
    }
}
