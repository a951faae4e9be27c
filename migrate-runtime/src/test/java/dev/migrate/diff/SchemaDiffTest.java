package dev.migrate.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.schema.Column;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaDiffTest {

    private static final Table GUEST = Table.named("guest").column(Column.of("id", SqlType.BIGINT).identity())
            .column(Column.of("email", SqlType.varchar(120)).notNull()).primaryKey("id");

    @Test
    void aRenamedColumnIsADropAndAnAddWithACommentSayingSo() {
        SchemaModel actual = new SchemaModel(List.of(GUEST), List.of());
        Table renamed = Table.named("guest").column(Column.of("id", SqlType.BIGINT).identity())
                .column(Column.of("mail", SqlType.varchar(120)).notNull()).primaryKey("id");
        ChangeSource source = ChangeSource.of(SchemaDiff.between(actual, new SchemaModel(List.of(renamed), List.of()), "h2"));
        assertEquals(List.of(
                "op.addColumn(\"guest\", Column.of(\"mail\", SqlType.varchar(120)).notNull());",
                "// A renamed column cannot be told from a dropped and an added one: if a column of guest was renamed,",
                "// replace its drop and add with op.alterColumn(table, AlterColumn.of(\"old\").renameTo(\"new\")) to keep its data.",
                "op.dropColumn(\"guest\", \"email\");"), source.upgrade());
        assertEquals(List.of(
                "op.addColumn(\"guest\", Column.of(\"email\", SqlType.varchar(120)).notNull());",
                source.upgrade().get(1),
                source.upgrade().get(2),
                "op.dropColumn(\"guest\", \"mail\");"), source.downgrade());
    }

    @Test
    void tablesInACycleGetTheirForeignKeysAfterBothAreCreated() {
        Table a = Table.named("a").column(Column.of("id", SqlType.INTEGER).notNull())
                .column(Column.of("b_id", SqlType.INTEGER)).primaryKey("id").foreignKey(ForeignKey.of("b_id", "b", "id"));
        Table b = Table.named("b").column(Column.of("id", SqlType.INTEGER).notNull())
                .column(Column.of("a_id", SqlType.INTEGER)).primaryKey("id").foreignKey(ForeignKey.of("a_id", "a", "id"));
        List<SchemaChange> changes = SchemaDiff.between(new SchemaModel(List.of(), List.of()),
                new SchemaModel(List.of(a, b), List.of(Index.of("ix_a_b", "a", "b_id"))), "postgresql");
        assertEquals(List.of("CreateTable a", "CreateTable b", "AddForeignKey a"),
                changes.stream().map(c -> c.getClass().getSimpleName() + " " + c.table()).toList());
        assertEquals("fk_a_b_id_b", ((SchemaChange.AddForeignKey) changes.get(2)).key().name());
        assertEquals(List.of("DropForeignKey a", "DropTable b", "DropTable a"), SchemaDiff.inverse(changes).stream()
                .map(c -> c.getClass().getSimpleName() + " " + c.table()).toList());
    }

    @Test
    void conventionalNamesTooLongForTheDatabasesAreShortenedWithAHash() {
        String column = "a_column_whose_name_is_long_enough_to_overflow";
        Table wide = Table.named("a_table_with_a_long_name").column(Column.of(column, SqlType.INTEGER))
                .unique(dev.migrate.schema.Unique.of(column));
        SchemaChange.CreateTable create = (SchemaChange.CreateTable) SchemaDiff.between(
                new SchemaModel(List.of(), List.of()), new SchemaModel(List.of(wide), List.of()), "postgresql").get(0);
        String name = create.definition().uniques().get(0).name();
        assertEquals(63, name.length());
        assertEquals("uq_a_table_with_a_long_name_a_column_whose_name_is_lon", name.substring(0, 54));
        assertTrue(name.substring(54).matches("_[0-9a-f]{8}"), name);
    }

    @Test
    void anotherPrimaryKeyIsReportedNotGenerated() {
        Table keyedByEmail = Table.named("guest").column(Column.of("id", SqlType.BIGINT).identity())
                .column(Column.of("email", SqlType.varchar(120)).notNull()).primaryKey("email");
        List<SchemaChange> changes = SchemaDiff.between(new SchemaModel(List.of(GUEST), List.of()),
                new SchemaModel(List.of(keyedByEmail), List.of()), "h2");
        assertEquals(List.of(new Difference("guest", "primary key", "(email)", "(id)")),
                changes.stream().map(SchemaChange::difference).toList());
        assertEquals(List.of("// Not generated: table guest, primary key: expected (email), actual (id); change it by hand"
                + " if it should change."), ChangeSource.of(changes).upgrade());
    }

    @Test
    void typesStoredAlikeAreNoDifference() {
        Table stamped = Table.named("t").column(Column.of("at", SqlType.TIMESTAMP_TZ));
        Table datetime = Table.named("t").column(Column.of("at", SqlType.TIMESTAMP));
        SchemaModel actual = new SchemaModel(List.of(datetime), List.of());
        SchemaModel expected = new SchemaModel(List.of(stamped), List.of());
        assertEquals(List.of(), SchemaDiff.between(actual, expected, "mysql"));
        Table listed = Table.named("t").column(Column.of("state", SqlType.raw("enum ('OPEN','CLOSED')")));
        Table named = Table.named("t").column(Column.of("state", SqlType.raw("ENUM")));
        assertEquals(List.of(), SchemaDiff.between(new SchemaModel(List.of(named), List.of()),
                new SchemaModel(List.of(listed), List.of()), "h2"), "enum values are not compared");
        assertEquals(List.of(new Difference("t", "column at", "timestamp_tz", "timestamp")),
                SchemaDiff.between(actual, expected, "postgresql").stream().map(SchemaChange::difference).toList());
    }
}
