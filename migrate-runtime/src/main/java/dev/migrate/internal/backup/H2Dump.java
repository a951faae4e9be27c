package dev.migrate.internal.backup;

import dev.migrate.MigrationException;
import dev.migrate.internal.Redaction;
import dev.migrate.internal.connect.DriverManagerDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** H2's {@code SCRIPT TO … COMPRESSION GZIP} and {@code RUNSCRIPT FROM}: no external tool. */
final class H2Dump implements DatabaseDump {

    private final Credentials credentials;

    H2Dump(Credentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public String extension() {
        return ".sql.gz";
    }

    @Override
    public String databaseName() {
        // The name H2 gives itself, as a downgrade's confirmation reads it: no file or URL spelling.
        try (Connection c = new DriverManagerDataSource(credentials.url(), credentials.user(), credentials.password())
                .getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT DATABASE()")) {
            return r.next() ? r.getString(1) : null;
        } catch (SQLException e) {
            throw new MigrationException("cannot read the name of the H2 database: "
                    + Redaction.message(e, credentials.password()), e);
        }
    }

    @Override
    public void requireTools() {
        // H2 writes and reads its scripts itself.
    }

    @Override
    public void dump(Path file) {
        execute("SCRIPT TO " + literal(file) + " COMPRESSION GZIP");
    }

    @Override
    public void restore(Path file, String database) {
        if (database != null) {
            throw new MigrationException("H2 restores into the configured database only: point url at the other"
                    + " database instead of naming it");
        }
        // SCRIPT writes CREATE statements: the database must be empty first.
        execute("DROP ALL OBJECTS", "RUNSCRIPT FROM " + literal(file) + " COMPRESSION GZIP");
    }

    private void execute(String... sql) {
        try (Connection c = new DriverManagerDataSource(credentials.url(), credentials.user(), credentials.password())
                .getConnection(); Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw new MigrationException("H2 backup or restore failed: " + Redaction.message(e, credentials.password()), e);
        }
    }

    private static String literal(Path file) {
        return "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
