package dev.migrate.maven;

import dev.migrate.internal.Redaction;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Opens a new connection through {@link DriverManager} at each request. A goal runs one command
 * on a handful of connections and ends, so a pool buys nothing; the runtime's HikariCP pool would
 * also print its start and shutdown into every build log.
 *
 * <p>A driver's failure is passed on with the password and any URL credentials masked: the
 * runtime quotes it in its messages.
 */
final class DriverManagerDataSource implements DataSource {

    private final String url;
    private final Credentials credentials;

    DriverManagerDataSource(String url, Credentials credentials) {
        this.url = url;
        this.credentials = credentials;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(credentials.user(), credentials.password());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        try {
            return DriverManager.getConnection(url, properties);
        } catch (SQLException e) {
            SQLException masked = new SQLException(Redaction.message(e, password), e.getSQLState(), e.getErrorCode());
            masked.setStackTrace(e.getStackTrace());
            throw masked;
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // DriverManager's log writer is global to the JVM: not ours to set from a build.
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // Likewise global; the drivers' own connect timeouts apply.
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("DriverManagerDataSource does not log through java.util.logging");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("DriverManagerDataSource is not a " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }

    /** Keeps the password out of logs, even through a stray {@code toString()}. */
    @Override
    public String toString() {
        return "DriverManagerDataSource[" + Redaction.url(url) + ", " + credentials + "]";
    }
}
