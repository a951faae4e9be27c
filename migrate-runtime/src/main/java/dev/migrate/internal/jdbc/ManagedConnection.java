package dev.migrate.internal.jdbc;

import dev.migrate.MigrationException;
import dev.migrate.internal.sql.OpsMessage;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;

/**
 * The connection a revision gets from {@code Ops.connection()}: the step's own, except that
 * closing it does nothing (revisions may use try-with-resources) and ending or changing the
 * transaction is refused, since the step commits the revision with its bookkeeping.
 */
final class ManagedConnection implements InvocationHandler {

    private final Connection delegate;
    /** What runs, for messages, such as {@code Revision a1}. */
    private final String subject;

    private ManagedConnection(Connection delegate, String subject) {
        this.delegate = delegate;
        this.subject = subject;
    }

    static Connection wrap(Connection connection, String subject) {
        return (Connection) Proxy.newProxyInstance(ManagedConnection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new ManagedConnection(connection, subject));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        int arity = args == null ? 0 : args.length;
        switch (method.getName()) {
            case "close":
                return null;
            case "commit":
            case "setAutoCommit":
            case "abort":
                throw refused(method);
            case "rollback":
                if (arity == 0) {
                    throw refused(method);
                }
                break;
            case "equals":
                return proxy == args[0];
            case "hashCode":
                return System.identityHashCode(proxy);
            default:
                break;
        }
        try {
            return method.invoke(delegate, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private MigrationException refused(Method method) {
        return new MigrationException(OpsMessage.CONNECTION_MANAGED.format(subject, method.getName() + "()"));
    }
}
