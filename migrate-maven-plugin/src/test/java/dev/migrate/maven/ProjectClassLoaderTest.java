package dev.migrate.maven;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.migrate.Migration;
import java.net.URLClassLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectClassLoaderTest {

    private final ClassLoader plugin = ProjectClassLoaderTest.class.getClassLoader();

    @Test
    void sharesTheMigrateApiWithThePlugin() throws Exception {
        try (URLClassLoader loader = ProjectClassLoader.create(List.of(), plugin)) {
            assertSame(Migration.class, loader.loadClass("dev.migrate.Migration"));
            assertSame(String.class, loader.loadClass("java.lang.String"));
            assertSame(java.sql.Driver.class, loader.loadClass("java.sql.Driver"));
        }
    }

    @Test
    void hidesThePluginsOtherClassesAndResources() throws Exception {
        try (URLClassLoader loader = ProjectClassLoader.create(List.of(), plugin)) {
            assertThrows(ClassNotFoundException.class, () -> loader.loadClass("org.h2.Driver"));
            assertThrows(ClassNotFoundException.class, () -> loader.loadClass("com.zaxxer.hikari.HikariDataSource"));
            assertNull(loader.getResource("META-INF/services/java.sql.Driver"));
        }
    }

    @Test
    void aMissingDevMigrateClassIsNotFound() throws Exception {
        try (URLClassLoader loader = ProjectClassLoader.create(List.of(), plugin)) {
            assertThrows(ClassNotFoundException.class, () -> loader.loadClass("dev.migrate.it.db.Nowhere"));
        }
    }
}
