package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link Migrator.Builder#url}: a connection per use by default, a HikariCP pool on request. */
class UrlConnectionTest {

    /** HikariCP names its threads after the pool, which the runtime calls "migrate". */
    private static Set<String> poolThreads() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                .filter(name -> name.startsWith("migrate housekeeper") || name.startsWith("migrate connection"))
                .collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void aUrlMigratesWithoutAPool(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            try (Migrator migrator = Migrator.builder().url(db.url(), db.user(), db.password())
                    .classLoader(new IndexClassLoader(ShopIndex.class)).build()) {
                assertEquals(Set.of(), poolThreads());
                assertEquals(List.of("a1", "b2", "c3"), migrator.upgrade("heads"));
                assertEquals(List.of("c3"), migrator.current());
                assertEquals(Set.of(), poolThreads());
            }
            assertTrue(MigratorTest.tableExists(db.dataSource(), "orders"));
        }
    }

    @Test
    void aMariaDbUrlMigratesThroughMariaDbConnectorJ() throws Exception {
        try (TestDatabase db = TestDatabase.open(DatabaseKind.MYSQL)) {
            // The test database's URL is jdbc:mysql://host:port/db?options: the same database through the other driver.
            String url = db.url().replaceFirst("^jdbc:mysql:", "jdbc:mariadb:").replaceFirst("\\?.*$", "");
            try (Migrator migrator = Migrator.builder().url(url, db.user(), db.password())
                    .classLoader(new IndexClassLoader(ShopIndex.class)).build()) {
                assertEquals(List.of("a1", "b2", "c3"), migrator.upgrade("heads"));
                assertEquals(List.of("c3"), migrator.downgrade("-1"));
                assertEquals(List.of("b2"), migrator.current());
            }
            assertTrue(MigratorTest.tableExists(db.dataSource(), "orders"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void aPoolOnRequest(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            try (Migrator migrator = Migrator.builder().url(db.url(), db.user(), db.password()).pooled(true)
                    .classLoader(new IndexClassLoader(ShopIndex.class)).build()) {
                assertFalse(poolThreads().isEmpty(), "no HikariCP pool named migrate is running");
                assertEquals(List.of("a1", "b2", "c3"), migrator.upgrade("heads"));
            }
            assertTrue(MigratorTest.tableExists(db.dataSource(), "orders"));
        }
    }

    @Test
    void aPoolWithoutHikariCpIsRefused() throws Exception {
        // The runtime's classes and H2, without HikariCP: what an application that does not add it has.
        URL runtime = Migrator.class.getProtectionDomain().getCodeSource().getLocation();
        URL h2 = org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader application = new URLClassLoader("without-hikari", new URL[] {runtime, h2},
                ClassLoader.getPlatformClassLoader())) {
            Class<?> migrator = application.loadClass(Migrator.class.getName());
            Object builder = migrator.getMethod("builder").invoke(null);
            Class<?> type = builder.getClass();
            type.getMethod("url", String.class, String.class, String.class).invoke(builder, "jdbc:h2:mem:nopool", "sa", "");
            type.getMethod("classLoader", ClassLoader.class).invoke(builder, application);

            // Without a pool it works.
            try (AutoCloseable plain = (AutoCloseable) type.getMethod("build").invoke(builder)) {
                assertEquals(List.of(), migrator.getMethod("current").invoke(plain));
            }
            type.getMethod("pooled", boolean.class).invoke(builder, true);
            InvocationTargetException e = assertThrows(InvocationTargetException.class,
                    () -> type.getMethod("build").invoke(builder));
            assertEquals(MigrationException.class.getName(), e.getCause().getClass().getName());
            assertEquals("A connection pool was asked for (pooled(true) on Migrator.builder()), but HikariCP is not on"
                    + " the class path; add the dependency com.zaxxer:HikariCP, or leave pooled off: without a pool each"
                    + " command opens the few connections it needs", e.getCause().getMessage());
        }
    }

    @Test
    void aMissingDriverSaysWhichUrl() {
        MigrationException e = assertThrows(MigrationException.class, () -> {
            try (Migrator migrator = Migrator.builder().url("jdbc:nodriver://bob:url-s3cret@db/app", "bob", "pa55")
                    .classLoader(new IndexClassLoader(ShopIndex.class)).build()) {
                migrator.current();
            }
        });
        assertTrue(e.getMessage().contains("No JDBC driver on the class path takes the URL jdbc:nodriver://***@db/app;"
                + " add the database's driver: org.postgresql:postgresql for jdbc:postgresql:,"), e.getMessage());
        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
        assertInstanceOf(java.sql.SQLException.class, e.getCause());
    }
}
