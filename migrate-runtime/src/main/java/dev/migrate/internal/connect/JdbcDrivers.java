package dev.migrate.internal.connect;

import java.sql.Driver;
import java.util.Iterator;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the JDBC driver for a URL: the one its prefix names, when it is one of the drivers the
 * runtime documents, else every driver the runtime's own class loader sees, registered with {@link
 * java.sql.DriverManager}.
 *
 * <p>DriverManager finds drivers once per JVM, through whichever context class loader is current
 * at its first use; in a Maven JVM that may be another plugin's, in an application server another
 * application's. Instantiating the drivers runs their static registration, so {@link
 * DriverManagerDataSource} (which asks DriverManager from the runtime's class loader) always finds
 * them. Loading all of them costs a command's start-up a few tens of milliseconds, though (MySQL's
 * starts a thread of its own), which a known prefix spares.
 */
final class JdbcDrivers {

    /** The driver class of each documented URL prefix, as {@code ConnectMessage.NO_DRIVER} names their artifacts. */
    private static final Map<String, String> BY_PREFIX = Map.of(
            "jdbc:postgresql:", "org.postgresql.Driver",
            "jdbc:mysql:", "com.mysql.cj.jdbc.Driver",
            "jdbc:mariadb:", "org.mariadb.jdbc.Driver",
            "jdbc:h2:", "org.h2.Driver");

    /** One instance per driver class: a driver reads its defaults once, and holds no state per connection. */
    private static final Map<String, Driver> NAMED = new ConcurrentHashMap<>();

    private JdbcDrivers() {}

    /**
     * The driver that {@code url}'s prefix names, loaded alone from the runtime's class loader; {@code
     * null} for another prefix, or when that driver is not there: then {@link #register()} and
     * DriverManager find one. The prefix is compared as the drivers compare it, case included.
     */
    static Driver named(String url) {
        int subprotocolEnd = url == null ? -1 : url.indexOf(':', "jdbc:".length());
        String className = subprotocolEnd < 0 ? null : BY_PREFIX.get(url.substring(0, subprotocolEnd + 1));
        return className == null ? null : NAMED.computeIfAbsent(className, JdbcDrivers::load);
    }

    /** A new instance of the driver class, or {@code null} (nothing kept) when it cannot load. */
    private static Driver load(String className) {
        try {
            return Class.forName(className, true, JdbcDrivers.class.getClassLoader()).asSubclass(Driver.class)
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
            // Not on the class path, or not loadable there: DriverManager says which driver is missing.
            return null;
        }
    }

    /** Registers every driver the runtime's class loader sees with DriverManager, once per JVM. */
    static void register() {
        Registration.done();
    }

    /** The registration itself, run by the class's initialisation: once, whichever thread asks first. */
    private static final class Registration {

        static {
            Iterator<Driver> drivers = ServiceLoader.load(Driver.class, JdbcDrivers.class.getClassLoader()).iterator();
            while (true) {
                try {
                    if (!drivers.hasNext()) {
                        break;
                    }
                    drivers.next();
                } catch (ServiceConfigurationError e) {
                    // A driver that cannot load is one the user does not need; DriverManager reports a missing one.
                }
            }
        }

        private Registration() {}

        static void done() {
            // Initialising the class registered the drivers.
        }
    }
}
