package com.example.app;

import dev.migrate.Migrator;
import java.util.List;

/** Upgrades the H2 database at the URL given as the argument to every head, and prints what it did. */
public final class Main {
    public static void main(String[] args) {
        // A URL, as most applications give it: the runtime connects through DriverManager, which finds H2's
        // driver among the modules (H2 provides java.sql.Driver), with no pool.
        try (Migrator migrator = Migrator.builder().url(args[0], "sa", "").build()) {
            List<String> applied = migrator.upgrade("heads");
            System.out.println("module " + Migrator.class.getModule().getName() + " applied " + applied);
            System.out.println("status " + migrator.status().toJson());
        }
    }
}
