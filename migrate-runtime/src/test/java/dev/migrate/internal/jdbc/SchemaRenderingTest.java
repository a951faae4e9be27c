package dev.migrate.internal.jdbc;

import dev.migrate.SchemaOpsIndex;
import dev.migrate.internal.db.h2.H2Dialect;
import dev.migrate.internal.db.mysql.MySqlDialect;
import dev.migrate.internal.db.postgres.PostgresDialect;
import dev.migrate.internal.sql.RenderException;
import dev.migrate.internal.sql.SchemaRenderer;
import dev.migrate.schema.AlterColumn;
import dev.migrate.schema.Check;
import dev.migrate.schema.Column;
import dev.migrate.schema.DefaultValue;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.Table;
import dev.migrate.schema.Unique;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every schema operation rendered for each database, compared with the golden files in {@code
 * src/test/resources/golden-sql/}: what runs is reviewed there, statement by statement. On a
 * difference the rendering is written to {@code target/golden-sql/} for a diff. The end-to-end
 * tests run the same operations on the real databases.
 */
class SchemaRenderingTest {

    private static final Column EMAIL = Column.of("email", SqlType.varchar(255)).notNull().defaultValue("none");
    private static final Column ID = Column.of("id", SqlType.BIGINT).identity();

    /** The operations, by name, in the golden files' order. */
    private static Map<String, Function<SchemaRenderer, List<String>>> operations() {
        Map<String, Function<SchemaRenderer, List<String>>> ops = new LinkedHashMap<>();
        ops.put("createTable with every type", r -> r.createTable(SchemaOpsIndex.EVERY_TYPE));
        ops.put("createTable with identity, defaults and constraints", r -> r.createTable(Table.named("users")
                .column(ID)
                .column(EMAIL)
                .column(Column.of("org_id", SqlType.INTEGER))
                .column(Column.of("quote", SqlType.TEXT).defaultValue("it's a \\ backslash"))
                .column(Column.of("active", SqlType.BOOLEAN).notNull().defaultValue(true))
                .column(Column.of("score", SqlType.decimal(5, 2)).defaultValue(new BigDecimal("1.50")))
                .column(Column.of("grade", SqlType.INTEGER).defaultValue(-3))
                .column(Column.of("born", SqlType.DATE).defaultValue(LocalDate.of(2000, 1, 31)))
                .column(Column.of("wakes", SqlType.TIME).defaultValue(LocalTime.of(7, 30)))
                .column(Column.of("seen", SqlType.TIMESTAMP).defaultValue(LocalDateTime.of(2020, 2, 29, 23, 59, 1, 500_000_000)))
                .column(Column.of("token", SqlType.UUID).defaultValue(UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e")))
                .column(Column.of("created_at", SqlType.TIMESTAMP_TZ).notNull().defaultValue(DefaultValue.currentTimestamp()))
                .column(Column.of("code", SqlType.varchar(8)).defaultValue(DefaultValue.expression("UPPER('x')")))
                .primaryKey("id")
                .unique(Unique.of("email"))
                .unique(Unique.of("org_id", "email").named("uq_email_per_org"))
                .foreignKey(ForeignKey.of("org_id", "orgs", "id").onDelete(ReferentialAction.CASCADE)
                        .onUpdate(ReferentialAction.RESTRICT))
                .check(Check.of("ck_users_grade", "grade >= -10"))));
        ops.put("createTable with composite keys", r -> r.createTable(Table.named("pairs")
                .column(Column.of("a", SqlType.INTEGER).notNull())
                .column(Column.of("b", SqlType.INTEGER).notNull())
                .primaryKey("a", "b")
                .foreignKey(ForeignKey.of(List.of("a", "b"), "other_pairs", List.of("x", "y")).named("fk_pairs"))));
        ops.put("createTable with an identity that is no key", r -> r.createTable(Table.named("loose")
                .column(Column.of("n", SqlType.INTEGER).identity())));
        ops.put("createTable without columns", r -> r.createTable(Table.named("empty")));
        ops.put("createTable with a key on an unknown column", r -> r.createTable(Table.named("t")
                .column(Column.of("a", SqlType.INTEGER)).primaryKey("b")));
        ops.put("createTable with a conventional name too long", r -> r.createTable(Table.named("a_table_with_a_rather_long_name")
                .column(Column.of("a_column_with_a_rather_long_name", SqlType.INTEGER))
                .unique(Unique.of("a_column_with_a_rather_long_name"))));
        ops.put("createTable with a unique text column", r -> r.createTable(Table.named("notes")
                .column(Column.of("body", SqlType.TEXT).notNull())
                .unique(Unique.of("body"))));
        ops.put("createTable with quotes in names", r -> r.createTable(Table.named("we\"ird`name")
                .column(Column.of("Mixed Case", SqlType.INTEGER))));
        ops.put("dropTable", r -> r.dropTable("users"));
        ops.put("renameTable", r -> r.renameTable("users", "members"));
        ops.put("addColumn", r -> r.addColumn("users", Column.of("age", SqlType.SMALLINT).notNull().defaultValue(0)));
        ops.put("addColumn nullable", r -> r.addColumn("users", Column.of("nick", SqlType.varchar(20))));
        ops.put("addColumn identity", r -> r.addColumn("users", Column.of("seq", SqlType.INTEGER).identity()));
        ops.put("dropColumn", r -> r.dropColumn("users", "age"));
        ops.put("alterColumn type", r -> r.alterColumn("users", AlterColumn.of(EMAIL).type(SqlType.varchar(320))));
        ops.put("alterColumn type using", r -> r.alterColumn("users",
                AlterColumn.of(Column.of("code", SqlType.varchar(8))).type(SqlType.INTEGER).using("code::integer")));
        ops.put("alterColumn nullable", r -> r.alterColumn("users", AlterColumn.of(EMAIL).nullable(true)));
        ops.put("alterColumn not null", r -> r.alterColumn("users",
                AlterColumn.of(Column.of("nick", SqlType.varchar(20))).nullable(false)));
        ops.put("alterColumn default", r -> r.alterColumn("users", AlterColumn.of("email").defaultValue("o'neil")));
        ops.put("alterColumn default current timestamp", r -> r.alterColumn("users",
                AlterColumn.of(Column.of("seen", SqlType.TIMESTAMP)).defaultValue(DefaultValue.currentTimestamp())));
        ops.put("alterColumn default current timestamp of unknown type", r -> r.alterColumn("users",
                AlterColumn.of("seen").defaultValue(DefaultValue.currentTimestamp())));
        ops.put("alterColumn drop default", r -> r.alterColumn("users", AlterColumn.of("email").dropDefault()));
        ops.put("alterColumn rename", r -> r.alterColumn("users", AlterColumn.of("email").renameTo("mail")));
        ops.put("alterColumn everything", r -> r.alterColumn("users", AlterColumn.of(EMAIL).type(SqlType.TEXT)
                .nullable(true).dropDefault().renameTo("mail")));
        ops.put("alterColumn type of an identity", r -> r.alterColumn("users", AlterColumn.of(ID).type(SqlType.INTEGER)));
        ops.put("alterColumn type without the existing column", r -> r.alterColumn("users",
                AlterColumn.of("email").type(SqlType.TEXT)));
        ops.put("alterColumn nothing", r -> r.alterColumn("users", AlterColumn.of("email")));
        ops.put("createIndex", r -> r.createIndex(Index.of("ix_users_org", "users", "org_id")));
        ops.put("createIndex unique", r -> r.createIndex(Index.of("ux_users_org_email", "users", "org_id", "email").unique()));
        ops.put("createIndex partial", r -> r.createIndex(Index.of("ix_users_active", "users", "email").where("active")));
        ops.put("createIndex concurrently", r -> r.createIndex(Index.of("ix_users_seen", "users", "seen").concurrently()));
        ops.put("dropIndex", r -> r.dropIndex("users", "ix_users_org"));
        ops.put("addForeignKey", r -> r.addForeignKey("users", ForeignKey.of("org_id", "orgs", "id")
                .onDelete(ReferentialAction.SET_NULL)));
        ops.put("addForeignKey set default", r -> r.addForeignKey("users", ForeignKey.of("org_id", "orgs", "id")
                .onDelete(ReferentialAction.SET_DEFAULT)));
        ops.put("dropForeignKey", r -> r.dropForeignKey("users", "fk_users_org_id_orgs"));
        ops.put("addUnique", r -> r.addUnique("users", Unique.of("org_id", "email")));
        ops.put("dropUnique", r -> r.dropUnique("users", "uq_users_org_id_email"));
        ops.put("addCheck", r -> r.addCheck("users", Check.of("ck_users_age", "age BETWEEN 0 AND 200")));
        ops.put("dropCheck", r -> r.dropCheck("users", "ck_users_age"));
        ops.put("bulkInsert", r -> List.of(r.insert("currencies", List.of("code", "name", "digits"))));
        return ops;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"postgresql", "mysql", "h2"})
    void everyOperationRendersAsTheGoldenFileSays(String database) throws IOException {
        SchemaRenderer renderer = switch (database) {
            case "postgresql" -> new PostgresDialect().renderer();
            case "mysql" -> new MySqlDialect().renderer();
            default -> new H2Dialect(true).renderer();
        };
        StringBuilder out = new StringBuilder();
        operations().forEach((name, operation) -> {
            out.append("-- ").append(name).append('\n');
            try {
                for (String statement : operation.apply(renderer)) {
                    out.append(statement).append(";\n");
                }
            } catch (RenderException e) {
                out.append("-- ").append(e.dialectSpecific() ? "unsupported: " : "invalid: ").append(e.getMessage())
                        .append('\n');
            }
            out.append('\n');
        });
        String actual = out.toString();
        String expected = golden(database);
        if (!actual.equals(expected)) {
            Path written = Path.of("target", "golden-sql", database + ".sql");
            Files.createDirectories(written.getParent());
            Files.writeString(written, actual);
        }
        assertEquals(expected, actual, "the rendering differs from golden-sql/" + database + ".sql; see target/golden-sql/");
    }

    private static String golden(String database) throws IOException {
        try (InputStream in = SchemaRenderingTest.class.getResourceAsStream("/golden-sql/" + database + ".sql")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
