package dev.migrate.internal.connect;

import java.sql.Driver;
import java.util.Iterator;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Registers the JDBC drivers that the runtime's own class loader sees with {@link
 * java.sql.DriverManager}.
 *
 * <p>DriverManager finds drivers once per JVM, through whichever context class loader is current
 * at its first use; in a Maven JVM that may be another plugin's, in an application server another
 * application's. Instantiating the drivers runs their static registration, so {@link
 * DriverManagerDataSource} (which asks DriverManager from the runtime's class loader) always finds
 * them.
 */
final class JdbcDrivers {

    private JdbcDrivers() {}

    static void register() {
        Iterator<Driver> drivers = ServiceLoader.load(Driver.class, JdbcDrivers.class.getClassLoader()).iterator();
        while (true) {
            try {
                if (!drivers.hasNext()) {
                    return;
                }
                drivers.next();
            } catch (ServiceConfigurationError e) {
                // A driver that cannot load is one the user does not need; DriverManager reports a missing one.
            }
        }
    }
}
