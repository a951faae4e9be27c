package dev.migrate;

import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * A login with a password for a test database: on MySQL/MariaDB a new user with all privileges, dropped by
 * {@link #close()}; on PostgreSQL the test user, whose trust authentication takes any password.
 */
record PasswordUser(TestDatabase db, String user, String password, List<String> hosts) implements AutoCloseable {

    static PasswordUser create(TestDatabase db) throws SQLException {
        String password = "Pw-" + UUID.randomUUID().toString().replace("-", "");
        if (db.kind() != DatabaseKind.MYSQL) {
            return new PasswordUser(db, db.user(), password, List.of());
        }
        String user = "u_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        List<String> hosts = List.of("%", "localhost", "127.0.0.1");
        for (String host : hosts) {
            Rows.execute(db.dataSource(), "CREATE USER '" + user + "'@'" + host + "' IDENTIFIED BY '" + password + "'");
            Rows.execute(db.dataSource(), "GRANT ALL PRIVILEGES ON *.* TO '" + user + "'@'" + host + "'");
        }
        return new PasswordUser(db, user, password, hosts);
    }

    String url() {
        return db.url();
    }

    @Override
    public void close() throws SQLException {
        for (String host : hosts) {
            Rows.execute(db.dataSource(), "DROP USER IF EXISTS '" + user + "'@'" + host + "'");
        }
    }

    @Override
    public String toString() {
        return "PasswordUser[" + user + "]";
    }
}
