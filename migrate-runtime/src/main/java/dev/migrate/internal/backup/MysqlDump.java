package dev.migrate.internal.backup;

import dev.migrate.MigrationException;
import dev.migrate.internal.Redaction;
import dev.migrate.internal.connect.DriverManagerDataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code mysqldump --single-transaction --routines} and {@code mysql} (or {@code mariadb-dump} and
 * {@code mariadb}); the password in an owner-only option file read through {@code
 * --defaults-extra-file} and deleted after.
 */
final class MysqlDump implements DatabaseDump {

    private static final String PACKAGE = "mariadb-client";

    private final DatabaseAddress address;
    private final Credentials credentials;
    private final Map<String, String> environment;
    private final boolean mariadbFirst;

    MysqlDump(DatabaseAddress address, Credentials credentials, Map<String, String> environment) {
        this.address = address;
        this.credentials = credentials;
        this.environment = environment;
        this.mariadbFirst = credentials.url().trim().toLowerCase(java.util.Locale.ROOT).startsWith("jdbc:mariadb:");
    }

    @Override
    public String extension() {
        return ".sql";
    }

    @Override
    public String databaseName() {
        return address.database();
    }

    @Override
    public void requireTools() {
        dumper();
        client();
    }

    @Override
    public void dump(Path file) {
        run(dumper(), List.of("--single-transaction", "--routines", "--events", "--no-tablespaces",
                "--skip-dump-date", "--result-file=" + file, address.database()), null);
    }

    @Override
    public void restore(Path file, String database) {
        if (database == null) {
            // Into the same database: recreate it empty, so that tables a failed upgrade made go too.
            recreate();
        }
        run(client(), List.of(database == null ? address.database() : database), file);
    }

    private void run(ExternalTool tool, List<String> arguments, Path input) {
        Path options = credentials.hasPassword() ? optionFile() : null;
        try {
            List<String> all = new ArrayList<>();
            if (options != null) {
                // The tools require it as the first argument.
                all.add("--defaults-extra-file=" + options);
            }
            all.addAll(List.of("--protocol=TCP", "--host=" + address.host(), "--port=" + address.port()));
            if (credentials.user() != null) {
                all.add("--user=" + credentials.user());
            }
            all.addAll(arguments);
            tool.run(all, input, null, credentials.password());
        } finally {
            if (options != null) {
                try {
                    Files.deleteIfExists(options);
                } catch (IOException e) {
                    throw new MigrationException("cannot delete the password file " + options + ": delete it", e);
                }
            }
        }
    }

    /** The password in a {@code [client]} option file that only this user can read. */
    private Path optionFile() {
        try {
            Path file = Files.createTempFile("migrate-", ".cnf",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            String quoted = credentials.password().replace("\\", "\\\\").replace("\"", "\\\"");
            Files.writeString(file, "[client]\npassword=\"" + quoted + "\"\n", StandardCharsets.UTF_8);
            return file;
        } catch (IOException | UnsupportedOperationException e) {
            throw new MigrationException("cannot write an owner-only password file for the MySQL tools in the"
                    + " temporary directory (java.io.tmpdir): " + e.getMessage(), e);
        }
    }

    private void recreate() {
        String name = "`" + address.database().replace("`", "``") + "`";
        try (Connection c = new DriverManagerDataSource(credentials.url(), credentials.user(), credentials.password())
                .getConnection()) {
            String charset = null;
            String collation = null;
            try (PreparedStatement p = c.prepareStatement("SELECT DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME"
                    + " FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?")) {
                p.setString(1, address.database());
                try (ResultSet r = p.executeQuery()) {
                    if (r.next()) {
                        charset = r.getString(1);
                        collation = r.getString(2);
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name);
                s.execute("CREATE DATABASE " + name + (charset == null ? ""
                        : " CHARACTER SET " + charset + " COLLATE " + collation));
            }
        } catch (SQLException e) {
            throw new MigrationException("cannot empty database " + address.database() + " before the restore: "
                    + Redaction.message(e, credentials.password()), e);
        }
    }

    private ExternalTool dumper() {
        return mariadbFirst ? ExternalTool.find(environment, PACKAGE, "mariadb-dump", "mysqldump")
                : ExternalTool.find(environment, PACKAGE, "mysqldump", "mariadb-dump");
    }

    private ExternalTool client() {
        return mariadbFirst ? ExternalTool.find(environment, PACKAGE, "mariadb", "mysql")
                : ExternalTool.find(environment, PACKAGE, "mysql", "mariadb");
    }
}
