package dev.migrate.internal.jdbc;

import dev.migrate.MigrationException;
import dev.migrate.internal.db.Dialect;
import dev.migrate.internal.db.Dialects;
import dev.migrate.internal.db.h2.H2Dialect;
import dev.migrate.internal.db.mysql.MySqlDialect;
import dev.migrate.internal.db.postgres.PostgresDialect;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DialectTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void detectsTheDialectFromTheDatabase(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Connection c = db.dataSource().getConnection()) {
            Class<?> expected = switch (kind) {
                case H2 -> H2Dialect.class;
                case POSTGRESQL -> PostgresDialect.class;
                case MYSQL -> MySqlDialect.class;
            };
            assertInstanceOf(expected, Dialects.of(c));
        }
    }

    /**
     * The claim each dialect makes about DDL, checked on the database: DDL and a row inserted
     * before it in the same transaction, then a rollback. Where DDL is transactional both vanish;
     * where it is not (H2 too) the DDL commits the row.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void transactionalDdlMatchesTheDatabase(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Connection c = db.dataSource().getConnection()) {
            Dialect dialect = Dialects.of(c);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE probe_rows (id INT PRIMARY KEY)");
                c.setAutoCommit(false);
                s.execute("INSERT INTO probe_rows (id) VALUES (1)");
                s.execute("CREATE TABLE probe_ddl (id INT)");
                c.rollback();
                c.setAutoCommit(true);
                boolean ddlSurvived = Fixtures.tableExists(c, "probe_ddl");
                int rows;
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM probe_rows")) {
                    r.next();
                    rows = r.getInt(1);
                }
                assertEquals(!dialect.transactionalDdl(), ddlSurvived, "DDL survived a rollback");
                assertEquals(dialect.transactionalDdl() ? 0 : 1, rows, "rows before the DDL committed");
            }
            assertEquals(kind == DatabaseKind.POSTGRESQL, dialect.transactionalDdl());
        }
    }

    @Test
    void quotesIdentifiers() {
        assertEquals("\"app\".\"migrate_version\"", new PostgresDialect().qualify("app", "migrate_version"));
        assertEquals("\"a\"\"b\"", new PostgresDialect().quote("a\"b"));
        assertEquals("`app`.`migrate_version`", new MySqlDialect().qualify("app", "migrate_version"));
        assertEquals("`a``b`", new MySqlDialect().quote("a`b"));
        // Lower-case names mean what they mean unquoted: upper case in H2; other names stay verbatim.
        assertEquals("\"APP\".\"MIGRATE_VERSION\"", new H2Dialect(true).qualify("app", "migrate_version"));
        assertEquals("\"MixedCase\"", new H2Dialect(true).quote("MixedCase"));
        assertEquals("\"migrate_version\"", new H2Dialect(false).quote("migrate_version"));
    }

    @Test
    void refusesAnUnknownDatabase() {
        DatabaseMetaData meta = (DatabaseMetaData) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DatabaseMetaData.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getDatabaseProductName")) {
                        return "Oracle";
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        Connection connection = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getMetaData")) {
                        return meta;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        MigrationException e = assertThrows(MigrationException.class, () -> Dialects.of(connection));
        assertTrue(e.getMessage().contains("\"Oracle\" is not supported"), e.getMessage());
        assertTrue(e.getMessage().contains("PostgreSQL, MySQL, MariaDB and H2"), e.getMessage());
    }
}
