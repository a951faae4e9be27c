package dev.migrate.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Notes the text of every statement run on the connections of a data source it wraps, in order:
 * what a test counts to hold a command to the round trips it costs. A prepared statement counts
 * once per execution.
 */
public final class StatementLog {

    private final List<String> statements = new ArrayList<>();
    private final DataSource dataSource;

    /** Wraps {@code target}; every connection it gives is watched. */
    public StatementLog(DataSource target) {
        this.dataSource = proxy(DataSource.class, target,
                (method, args, result) -> result instanceof Connection connection ? watch(connection) : result);
    }

    /** The data source to hand the code under test. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** The statements run so far, oldest first. */
    public synchronized List<String> statements() {
        return List.copyOf(statements);
    }

    /** Forgets the statements run so far. */
    public synchronized void clear() {
        statements.clear();
    }

    private synchronized void add(String sql) {
        statements.add(sql);
    }

    private Connection watch(Connection connection) {
        return proxy(Connection.class, connection, (method, args, result) -> {
            if (result instanceof PreparedStatement prepared && method.getName().equals("prepareStatement")
                    && args[0] instanceof String sql) {
                return proxy(PreparedStatement.class, prepared, (m, a, r) -> {
                    if (m.getName().startsWith("execute") && (a == null || a.length == 0)) {
                        add(sql);
                    }
                    return r;
                });
            }
            if (result instanceof Statement statement && method.getName().equals("createStatement")) {
                return proxy(Statement.class, statement, (m, a, r) -> {
                    if (m.getName().startsWith("execute") && a != null && a.length > 0 && a[0] instanceof String sql) {
                        add(sql);
                    }
                    return r;
                });
            }
            return result;
        });
    }

    /** What a proxy does with a call's result, once the target has answered. */
    private interface After {
        Object result(Method method, Object[] args, Object result) throws SQLException;
    }

    private static <T> T proxy(Class<T> type, T target, After after) {
        InvocationHandler handler = (self, method, args) -> {
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            return after.result(method, args, result);
        };
        return type.cast(Proxy.newProxyInstance(StatementLog.class.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
