package dev.migrate.internal.connect;

import dev.migrate.internal.Redaction;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Opens a new connection at each request, through the driver the URL's prefix names (see {@link
 * JdbcDrivers}) or else {@link DriverManager}. A migration command runs on
 * a handful of connections and ends, so a pool buys nothing but its start-up, its shutdown and its
 * log lines.
 *
 * <p>A driver's failure is passed on with the password and any URL credentials masked: the
 * runtime quotes it in its messages.
 */
public final class DriverManagerDataSource implements DataSource, AutoCloseable {

    /**
     * A first connection opened before any migrator asked (see {@link #openAhead}), and what it was
     * opened with: only a data source with the same URL, user and password takes it.
     */
    private static final AtomicReference<Ahead> AHEAD = new AtomicReference<>();

    private record Ahead(String url, String user, String password, FirstConnection first) {

        boolean opens(String url, String user, String password) {
            return this.url.equals(url) && Objects.equals(this.user, user) && Objects.equals(this.password, password);
        }

        /** A record's own would show the password, and the URL's credentials, to whoever prints the slot. */
        @Override
        public String toString() {
            return "Ahead[" + Redaction.url(url) + ", user=" + user + "]";
        }
    }

    private final String url;
    private final String user;
    private final String password;
    private FirstConnection first;

    /**
     * A data source for one database.
     *
     * @param url the JDBC URL
     * @param user the user, or {@code null}
     * @param password the password, or {@code null}; never printed
     */
    public DriverManagerDataSource(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /**
     * Starts opening the first connection on a thread of its own, for the first {@link
     * #getConnection()} to take: a migrator connects while it loads its revisions.
     */
    public synchronized void connectAhead() {
        if (first == null) {
            Ahead ahead = AHEAD.getAndSet(null);
            if (ahead != null && ahead.opens(url, user, password)) {
                first = ahead.first();
            } else {
                closeAhead(ahead);
                first = FirstConnection.start(() -> getConnection(user, password));
            }
        }
    }

    /**
     * Starts opening a connection before any migrator asks for one: a command line starts it from
     * the flags and variables it can see before it parses its arguments. The next data source
     * built with the same URL, user and password takes it as its first connection; any other
     * closes it. A later call replaces, and closes, an untaken one. Nothing of it is printed: a
     * failure reaches only the data source that takes it, as its own would.
     *
     * @param url the JDBC URL
     * @param user the user, or {@code null}
     * @param password the password, or {@code null}
     */
    public static void openAhead(String url, String user, String password) {
        // The driver loads on the connecting thread too: its classes are a good part of the time.
        FirstConnection first = FirstConnection.start(
                () -> new DriverManagerDataSource(url, user, password).getConnection(user, password));
        closeAhead(AHEAD.getAndSet(new Ahead(url, user, password, first)));
    }

    /** Closes the connection opened ahead if no data source took it. */
    public static void closeAhead() {
        closeAhead(AHEAD.getAndSet(null));
    }

    private static void closeAhead(Ahead ahead) {
        if (ahead != null) {
            ahead.first().close();
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        FirstConnection ahead;
        synchronized (this) {
            ahead = first;
        }
        Connection taken = ahead == null ? null : ahead.take();
        return taken != null ? taken : getConnection(user, password);
    }

    /** Closes the connection opened ahead if no request took it; the others are the callers' to close. */
    @Override
    public synchronized void close() {
        if (first != null) {
            first.close();
        }
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
        Driver named = JdbcDrivers.named(url);
        try {
            Connection connection = named == null ? null : named.connect(url, properties);
            if (connection != null) {
                return connection;
            }
            JdbcDrivers.register();
            return DriverManager.getConnection(url, properties);
        } catch (SQLException e) {
            if (named == null && noDriver()) {
                throw new SQLException(ConnectMessage.NO_DRIVER.format(Redaction.url(url)), "08001");
            }
            // No cause: the driver's own exception would carry the unmasked text in its stack trace.
            SQLException masked = new SQLException(Redaction.message(e, password), e.getSQLState(), e.getErrorCode());
            masked.setStackTrace(e.getStackTrace());
            throw masked;
        }
    }

    /** Whether no registered driver takes the URL: the driver is missing from the class path. */
    private boolean noDriver() {
        try {
            DriverManager.getDriver(url);
            return false;
        } catch (SQLException e) {
            return true;
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // DriverManager's log writer is global to the JVM: not ours to set.
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
        return "DriverManagerDataSource[" + Redaction.url(url) + ", user=" + user + ", password="
                + (password == null ? "none" : "***") + "]";
    }
}
