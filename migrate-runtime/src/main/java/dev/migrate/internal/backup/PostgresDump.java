package dev.migrate.internal.backup;

import dev.migrate.MigrationException;
import dev.migrate.internal.Redaction;
import dev.migrate.internal.connect.DriverManagerDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code pg_dump -Fc} and {@code pg_restore}; the password through {@code PGPASSWORD}. */
final class PostgresDump implements DatabaseDump {

    private static final String PACKAGE = "postgresql-client";

    private final DatabaseAddress address;
    private final Credentials credentials;
    private final Map<String, String> environment;

    PostgresDump(DatabaseAddress address, Credentials credentials, Map<String, String> environment) {
        this.address = address;
        this.credentials = credentials;
        this.environment = environment;
    }

    @Override
    public String extension() {
        return ".dump";
    }

    @Override
    public String databaseName() {
        return address.database();
    }

    @Override
    public void requireTools() {
        tool("pg_dump");
        tool("pg_restore");
    }

    @Override
    public void dump(Path file) {
        List<String> arguments = connection(address.database());
        arguments.addAll(List.of("--format=custom", "--file=" + file));
        if (address.schema() != null) {
            arguments.add("--schema=" + address.schema());
        }
        tool("pg_dump").run(arguments, null, null, credentials.password());
    }

    @Override
    public void restore(Path file, String database) {
        List<String> arguments = connection(database == null ? address.database() : database);
        if (database == null) {
            // Into the same database: a configured schema is dropped first, so that objects made after the
            // backup (by a failed upgrade) go too; --clean drops the dump's own objects of a whole database.
            dropSchema();
            arguments.addAll(List.of("--clean", "--if-exists"));
        }
        arguments.addAll(List.of("--no-owner", "--exit-on-error", file.toString()));
        tool("pg_restore").run(arguments, null, null, credentials.password());
    }

    private void dropSchema() {
        if (address.schema() == null) {
            return;
        }
        try (Connection c = new DriverManagerDataSource(credentials.url(), credentials.user(), credentials.password())
                .getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS \"" + address.schema().replace("\"", "\"\"") + "\" CASCADE");
        } catch (SQLException e) {
            throw new MigrationException("cannot empty schema " + address.schema() + " before the restore: "
                    + Redaction.message(e, credentials.password()), e);
        }
    }

    private List<String> connection(String database) {
        List<String> arguments = new ArrayList<>(List.of("--host=" + address.host(), "--port=" + address.port(),
                "--dbname=" + database, "--no-password"));
        if (credentials.user() != null) {
            arguments.add("--username=" + credentials.user());
        }
        return arguments;
    }

    private ExternalTool tool(String name) {
        ExternalTool tool = ExternalTool.find(environment, PACKAGE, name);
        return credentials.hasPassword() ? tool.with(Map.of("PGPASSWORD", credentials.password())) : tool;
    }
}
