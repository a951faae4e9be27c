package dev.migrate.diff;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Connections of a data source, each switched to a scratch schema (MySQL/MariaDB: a database) first. */
final class ScratchDataSource implements DataSource {

    private final DataSource target;
    private final String schema;
    private final boolean catalogs;

    ScratchDataSource(DataSource target, String schema, boolean catalogs) {
        this.target = target;
        this.schema = schema;
        this.catalogs = catalogs;
    }

    /** The scratch schema's name, as the statements that create and drop it write it. */
    String schema() {
        return schema;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return switched(target.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return switched(target.getConnection(username, password));
    }

    private Connection switched(Connection connection) throws SQLException {
        try {
            if (catalogs) {
                connection.setCatalog(schema);
            } else {
                connection.setSchema(schema);
            }
            return connection;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return target.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return target.isWrapperFor(iface);
    }
}
