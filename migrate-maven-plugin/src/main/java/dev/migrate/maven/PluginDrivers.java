package dev.migrate.maven;

import java.sql.Driver;
import java.util.Iterator;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Registers the JDBC drivers the plugin ships with {@link java.sql.DriverManager}.
 *
 * <p>DriverManager finds drivers once per JVM, through whichever context class loader is current
 * at its first use; in a Maven JVM that may be another plugin's. Instantiating our drivers runs
 * their static registration, so {@link DriverManagerDataSource} (which asks DriverManager from the
 * plugin's class loader) always finds them.
 */
final class PluginDrivers {

    private PluginDrivers() {}

    static void register(ClassLoader pluginLoader) {
        Iterator<Driver> drivers = ServiceLoader.load(Driver.class, pluginLoader).iterator();
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
