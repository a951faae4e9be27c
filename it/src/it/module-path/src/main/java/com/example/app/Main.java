package com.example.app;

import dev.migrate.Migrator;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;

/** Upgrades the H2 database at the URL given as the argument to every head, and prints what it did. */
public final class Main {
    public static void main(String[] args) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(args[0]);
        h2.setUser("sa");
        try (Migrator migrator = Migrator.builder().dataSource(h2).build()) {
            List<String> applied = migrator.upgrade("heads");
            System.out.println("module " + Migrator.class.getModule().getName() + " applied " + applied);
            System.out.println("status " + migrator.status().toJson());
        }
    }
}
