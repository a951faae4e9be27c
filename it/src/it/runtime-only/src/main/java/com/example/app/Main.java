package com.example.app;

import dev.migrate.ConfigKey;
import dev.migrate.MigrateConfig;
import dev.migrate.Migrator;
import java.util.List;

/** An application that migrates its database at start-up with nothing but migrate-runtime and its JDBC driver. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        // args: the JDBC URL, the user, the schema; MIGRATE_VERSION_TABLE comes from the environment.
        MigrateConfig config = MigrateConfig.builder()
                .set(ConfigKey.URL, args[0])
                .set(ConfigKey.USER, args[1])
                .set(ConfigKey.SCHEMA, args[2])
                .build();
        try (Migrator migrator = config.migrator().classLoader(Main.class.getClassLoader()).build()) {
            List<String> applied = migrator.upgrade("heads");
            System.out.println("app: applied " + applied + " to " + config.versionTable());
        }
        System.out.println("app: h2 " + present("org.h2.Driver") + ", HikariCP " + present("com.zaxxer.hikari.HikariDataSource"));
    }

    private static String present(String className) {
        try {
            Class.forName(className, false, Main.class.getClassLoader());
            return "present";
        } catch (ClassNotFoundException e) {
            return "absent";
        }
    }
}
