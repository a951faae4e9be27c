package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Names a database would cut, refuse or misread are refused by a {@link MigrationException} naming
 * the parameter, the limit and the length, before anything is written.
 */
class NameLimitsTest {

    /** 30 CJK characters: 90 bytes in UTF-8, which PostgreSQL would cut to 63. */
    private static final String CJK = "表".repeat(30);

    static Stream<Arguments> names() {
        return Stream.of(
                Arguments.of(DatabaseKind.POSTGRESQL, "versionTable", CJK,
                        "The version table name (versionTable) \"" + CJK + "\" is 90 bytes in UTF-8; PostgreSQL allows 63."
                        + " Use a name of at most 63 bytes in UTF-8"),
                Arguments.of(DatabaseKind.POSTGRESQL, "versionTable", "v".repeat(64),
                        "The version table name (versionTable) \"" + "v".repeat(64) + "\" is 64 bytes in UTF-8;"
                        + " PostgreSQL allows 63. Use a name of at most 63 bytes in UTF-8"),
                Arguments.of(DatabaseKind.POSTGRESQL, "historyTable", "h".repeat(51),
                        "The history table name (historyTable) \"" + "h".repeat(51) + "\" is 51 bytes in UTF-8;"
                        + " PostgreSQL allows 63 (migrate also names a table or index \"" + "h".repeat(51)
                        + "_revision_idx\", so 50 are left). Use a name of at most 50 bytes in UTF-8"),
                Arguments.of(DatabaseKind.MYSQL, "versionTable", "y\\",
                        "The version table name (versionTable) \"y\\\" contains a backslash, which MySQL Connector/J"
                        + " cannot handle in a quoted name; remove it"),
                Arguments.of(DatabaseKind.MYSQL, "versionTable", "v".repeat(65),
                        "The version table name (versionTable) \"" + "v".repeat(65) + "\" is 65 characters;"
                        + " MySQL/MariaDB allows 64. Use a name of at most 64 characters"),
                Arguments.of(DatabaseKind.H2, "versionTable", "v".repeat(252),
                        "The version table name (versionTable) \"" + "v".repeat(252) + "\" is 252 characters; H2 allows"
                        + " 256 (migrate also names a table or index \"" + "v".repeat(252) + "_lock\", so 251 are left)."
                        + " Use a name of at most 251 characters"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("names")
    void aNameTheDatabaseWouldChangeIsRefusedBeforeAnythingIsWritten(DatabaseKind kind, String parameter, String name,
            String message) throws Exception {
        UnaryOperator<Migrator.Builder> set = parameter.equals("versionTable") ? b -> b.versionTable(name)
                : b -> b.historyTable(name);
        try (TestDatabase db = TestDatabase.open(kind);
                Migrator migrator = set.apply(Migrator.builder().dataSource(db.dataSource())
                        .classLoader(new IndexClassLoader(ShopIndex.class))).build()) {
            MigrationException refused = assertThrows(MigrationException.class, () -> migrator.upgrade("heads"));
            assertEquals(message, refused.getMessage());
            assertEquals(0, tables(db));
        }
    }

    static Stream<Arguments> empty() {
        return Stream.of(DatabaseKind.values()).flatMap(kind -> Stream.of("", "  ").flatMap(name -> Stream.of(
                Arguments.of(kind, "versionTable", name), Arguments.of(kind, "historyTable", name),
                Arguments.of(kind, "schema", name))));
    }

    @ParameterizedTest(name = "{0}: {1} \"{2}\"")
    @MethodSource("empty")
    void anEmptyNameIsRefusedNamingTheParameter(DatabaseKind kind, String parameter, String name) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            Migrator.Builder builder = Migrator.builder().dataSource(db.dataSource())
                    .classLoader(new IndexClassLoader(ShopIndex.class));
            switch (parameter) {
                case "versionTable" -> builder.versionTable(name);
                case "historyTable" -> builder.historyTable(name);
                default -> builder.schema(name);
            }
            MigrationException refused = assertThrows(MigrationException.class, builder::build);
            String what = switch (parameter) {
                case "versionTable" -> "The version table name";
                case "historyTable" -> "The history table name";
                default -> "The schema";
            };
            assertEquals(what + " (" + parameter + ") is empty; give a name", refused.getMessage());
            assertEquals(0, tables(db));
        }
    }

    /** How many tables the test's own schema holds. */
    private static int tables(TestDatabase db) throws Exception {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement count = c.prepareStatement(
                "SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_schema) = LOWER(?)")) {
            count.setString(1, db.schema());
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
