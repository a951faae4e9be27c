package dev.migrate;

import dev.migrate.schema.AlterColumn;
import dev.migrate.schema.Check;
import dev.migrate.schema.Column;
import dev.migrate.schema.DefaultValue;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.Rows;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.Table;
import dev.migrate.schema.Unique;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Revisions written only with the schema API, the same for every database: what a portable
 * project looks like. {@code SchemaOpsTest} runs them on H2, PostgreSQL and MariaDB.
 */
public final class SchemaOpsIndex extends ListedIndex {

    static final Column EMAIL = Column.of("email", SqlType.varchar(255)).notNull();
    static final Column NICKNAME = Column.of("nickname", SqlType.varchar(20));

    /** A table with a column of every portable type, and a raw one; the golden SQL renders it too. */
    public static final Table EVERY_TYPE = Table.named("every_type")
            .column(Column.of("i", SqlType.INTEGER))
            .column(Column.of("b", SqlType.BIGINT))
            .column(Column.of("s", SqlType.SMALLINT))
            .column(Column.of("v", SqlType.varchar(40)))
            .column(Column.of("t", SqlType.TEXT))
            .column(Column.of("f", SqlType.BOOLEAN))
            .column(Column.of("d", SqlType.decimal(10, 2)))
            .column(Column.of("day", SqlType.DATE))
            .column(Column.of("at_time", SqlType.TIME))
            .column(Column.of("ts", SqlType.TIMESTAMP))
            .column(Column.of("tstz", SqlType.TIMESTAMP_TZ))
            .column(Column.of("u", SqlType.UUID))
            .column(Column.of("j", SqlType.JSON))
            .column(Column.of("bin", SqlType.BINARY))
            .column(Column.of("r", SqlType.raw("CHAR(2)")));

    /** Called by ServiceLoader. */
    public SchemaOpsIndex() {
        super(entry("o1", CreateTables::new), entry("o2", ChangeColumns::new), entry("o3", IndexesAndConstraints::new),
                entry("o4", SeedAndMigrateData::new), entry("o5", ReportScript::new), entry("o6", RenameTable::new));
    }

    /** Tables with an identity, defaults, a unique constraint, a foreign key and a check; every type. */
    public static final class CreateTables implements Migration {
        @Override
        public void upgrade(Ops op) {
            op.createTable(Table.named("orgs")
                    .column(Column.of("id", SqlType.BIGINT).identity())
                    .column(Column.of("name", SqlType.varchar(100)).notNull())
                    .primaryKey("id")
                    .unique(Unique.of("name")));
            op.createTable(Table.named("users")
                    .column(Column.of("id", SqlType.BIGINT).identity())
                    .column(Column.of("org_id", SqlType.BIGINT).notNull())
                    .column(EMAIL)
                    .column(Column.of("active", SqlType.BOOLEAN).notNull().defaultValue(true))
                    .column(Column.of("score", SqlType.decimal(7, 2)).notNull().defaultValue(new BigDecimal("1.50")))
                    .column(Column.of("motto", SqlType.varchar(50)).defaultValue("it's a \\ backslash"))
                    .column(Column.of("born", SqlType.DATE).defaultValue(LocalDate.of(2000, 1, 31)))
                    .column(Column.of("theme", SqlType.varchar(10)).defaultValue("light"))
                    .column(Column.of("created_at", SqlType.TIMESTAMP_TZ).notNull()
                            .defaultValue(DefaultValue.currentTimestamp()))
                    .column(Column.of("note", SqlType.TEXT))
                    .primaryKey("id")
                    .unique(Unique.of("org_id", "email"))
                    .foreignKey(ForeignKey.of("org_id", "orgs", "id").onDelete(ReferentialAction.CASCADE))
                    .check(Check.of("ck_users_score", "score >= 0")));
            op.createTable(EVERY_TYPE);
        }

        @Override
        public void downgrade(Ops op) {
            op.dropTable("every_type");
            op.dropTable("users");
            op.dropTable("orgs");
        }
    }

    /** Adds, changes, renames and drops columns. */
    public static final class ChangeColumns implements Migration {
        @Override
        public void upgrade(Ops op) {
            op.addColumn("users", NICKNAME);
            op.addColumn("users", Column.of("age", SqlType.SMALLINT).notNull().defaultValue(0));
            op.alterColumn("users", AlterColumn.of(EMAIL).type(SqlType.varchar(320)));
            op.alterColumn("users", AlterColumn.of(NICKNAME).nullable(false));
            op.alterColumn("users", AlterColumn.of("age").defaultValue(18));
            op.alterColumn("users", AlterColumn.of("theme").dropDefault());
            op.alterColumn("users", AlterColumn.of("nickname").renameTo("handle"));
            op.dropColumn("users", "note");
        }

        @Override
        public void downgrade(Ops op) {
            op.addColumn("users", Column.of("note", SqlType.TEXT));
            op.alterColumn("users", AlterColumn.of("handle").renameTo("nickname"));
            op.alterColumn("users", AlterColumn.of("theme").defaultValue("light"));
            op.alterColumn("users", AlterColumn.of("age").defaultValue(0));
            op.alterColumn("users", AlterColumn.of(NICKNAME.notNull()).nullable(true));
            op.alterColumn("users", AlterColumn.of(EMAIL.type(SqlType.varchar(320))).type(SqlType.varchar(255)));
            op.dropColumn("users", "age");
            op.dropColumn("users", "nickname");
        }
    }

    /** Indexes, a check, a unique constraint and foreign keys added to existing tables. */
    public static final class IndexesAndConstraints implements Migration {
        @Override
        public void upgrade(Ops op) {
            op.createIndex(Index.of("ix_users_created_at", "users", "created_at"));
            op.createIndex(Index.of("ux_users_handle", "users", "handle").unique());
            op.addCheck("users", Check.of("ck_users_age", "age >= 0"));
            op.createTable(Table.named("tags")
                    .column(Column.of("id", SqlType.INTEGER).notNull())
                    .column(Column.of("label", SqlType.varchar(40)).notNull())
                    .primaryKey("id"));
            op.addUnique("tags", Unique.of("label"));
            op.createTable(Table.named("user_tags")
                    .column(Column.of("user_id", SqlType.BIGINT).notNull())
                    .column(Column.of("tag_id", SqlType.INTEGER).notNull())
                    .primaryKey("user_id", "tag_id"));
            op.addForeignKey("user_tags", ForeignKey.of("user_id", "users", "id").onDelete(ReferentialAction.CASCADE));
            op.addForeignKey("user_tags", ForeignKey.of("tag_id", "tags", "id"));
        }

        @Override
        public void downgrade(Ops op) {
            op.dropForeignKey("user_tags", "fk_user_tags_tag_id_tags");
            op.dropForeignKey("user_tags", "fk_user_tags_user_id_users");
            op.dropTable("user_tags");
            op.dropUnique("tags", "uq_tags_label");
            op.dropTable("tags");
            op.dropCheck("users", "ck_users_age");
            op.dropIndex("users", "ux_users_handle");
            op.dropIndex("users", "ix_users_created_at");
        }
    }

    /** Seed data, a data migration through the connection, and the conditional helpers' answers. */
    public static final class SeedAndMigrateData implements Migration {
        @Override
        public void upgrade(Ops op) throws Exception {
            op.bulkInsert("orgs", Rows.of("name").add("acme").add("globex"));
            op.bulkInsert("tags", List.of(Map.of("id", 1, "label", "admin"), Map.of("id", 2, "label", "a;b 'quoted'")));
            Rows many = Rows.of("id", "label");
            for (int i = 100; i < 1300; i++) {
                many.add(i, "tag " + i);
            }
            op.bulkInsert("tags", many);
            try (PreparedStatement insert = op.connection().prepareStatement(
                    "INSERT INTO users (org_id, email, handle) SELECT id, ?, ? FROM orgs WHERE name = ?")) {
                insert.setString(1, "Ann@Example.COM");
                insert.setString(2, "ann");
                insert.setString(3, "acme");
                insert.executeUpdate();
            }
            long annId;
            try (Statement statement = op.connection().createStatement()) {
                statement.executeUpdate("UPDATE users SET email = LOWER(email)");
                try (ResultSet r = statement.executeQuery("SELECT id FROM users")) {
                    r.next();
                    annId = r.getLong(1);
                }
            }
            op.bulkInsert("user_tags", Rows.of("user_id", "tag_id").add(annId, 1).add(annId, 2));

            op.createTable(Table.named("probe")
                    .column(Column.of("question", SqlType.varchar(60)).notNull())
                    .column(Column.of("answer", SqlType.BOOLEAN).notNull())
                    .column(Column.of("token", SqlType.UUID))
                    .column(Column.of("at", SqlType.TIMESTAMP_TZ))
                    .primaryKey("question"));
            op.bulkInsert("probe", Rows.of("question", "answer", "token", "at")
                    .add("tableExists(users)", op.tableExists("users"), UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e"),
                            OffsetDateTime.of(2024, 5, 6, 7, 8, 9, 123_456_000, ZoneOffset.ofHours(2)))
                    .add("tableExists(nope)", op.tableExists("nope"), null, null)
                    .add("tableExists(user_tag_)", op.tableExists("user_tag_"), null, null)
                    .add("tableExists(user_tags)", op.tableExists("user_tags"), null, null)
                    .add("columnExists(users, handle)", op.columnExists("users", "handle"), null, null)
                    .add("columnExists(users, note)", op.columnExists("users", "note"), null, null)
                    .add("columnExists(nope, id)", op.columnExists("nope", "id"), null, null)
                    .add("indexExists(users, ix_users_created_at)", op.indexExists("users", "ix_users_created_at"),
                            null, null)
                    .add("indexExists(users, nope)", op.indexExists("users", "nope"), null, null)
                    .add("indexExists(nope, ix_users_created_at)", op.indexExists("nope", "ix_users_created_at"),
                            null, null));
            if (!op.tableExists("legacy")) {
                op.createTable(Table.named("legacy").column(Column.of("id", SqlType.INTEGER)));
            }
        }

        @Override
        public void downgrade(Ops op) {
            op.dropTable("legacy");
            op.dropTable("probe");
            op.execute("DELETE FROM user_tags");
            op.execute("DELETE FROM users");
            op.execute("DELETE FROM tags");
            op.execute("DELETE FROM orgs");
        }
    }

    /** A view and a row from an SQL script next to this class, and back with an absolute path. */
    public static final class ReportScript implements Migration {
        @Override
        public void upgrade(Ops op) {
            op.executeScript("schema_ops_report.sql");
        }

        @Override
        public void downgrade(Ops op) {
            op.executeScript("/dev/migrate/schema_ops_report_undo.sql");
        }
    }

    /** Renames a table. */
    public static final class RenameTable implements Migration {
        @Override
        public void upgrade(Ops op) {
            op.renameTable("legacy", "archive");
        }

        @Override
        public void downgrade(Ops op) {
            op.renameTable("archive", "legacy");
        }
    }
}
