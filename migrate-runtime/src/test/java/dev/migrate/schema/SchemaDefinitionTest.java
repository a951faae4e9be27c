package dev.migrate.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A bad definition fails where the revision writes it, saying what to change. */
class SchemaDefinitionTest {

    private static void refused(Executable definition, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, definition);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void namesMustBeUsableOnEveryDatabase() {
        refused(() -> Table.named(" "), "Table name is empty; give a name");
        refused(() -> Column.of("a\nb", SqlType.INTEGER), "contains a control character");
        refused(() -> Table.named("t".repeat(64)), "is longer than 63 bytes, which PostgreSQL would cut");
        // 32 two-byte characters are 64 bytes.
        refused(() -> Table.named("é".repeat(32)), "is longer than 63 bytes");
        assertEquals("é".repeat(31), Table.named("é".repeat(31)).name());
    }

    @Test
    void typesAreChecked() {
        refused(() -> SqlType.varchar(0), "the length must be from 1 to 16383");
        refused(() -> SqlType.decimal(10, 11), "the scale from 0 to the precision");
        refused(() -> SqlType.raw(" "), "give the type's SQL");
        assertEquals("decimal(10, 2)", SqlType.decimal(10, 2).toString());
        assertEquals(SqlType.varchar(3), SqlType.varchar(3));
    }

    @Test
    void columnsAreChecked() {
        refused(() -> Column.of("id", SqlType.TEXT).identity(), "identity columns are INTEGER, BIGINT or SMALLINT");
        refused(() -> Column.of("id", SqlType.BIGINT).identity().defaultValue(1), "remove the default");
        refused(() -> Column.of("id", SqlType.BIGINT).identity().nullable(true), "an identity is never NULL");
        refused(() -> Column.of("at", SqlType.TIMESTAMP).defaultValue(new Object()),
                "use DefaultValue.expression(sql)");
        refused(() -> Column.of("x", SqlType.INTEGER).defaultValue(Double.NaN), "cannot be rendered as a literal");
        refused(() -> Table.named("t").column(Column.of("a", SqlType.INTEGER)).column(Column.of("a", SqlType.TEXT)),
                "has two columns named \"a\"");
    }

    @Test
    void constraintsAreChecked() {
        refused(() -> ForeignKey.of(List.of("a", "b"), "t", List.of("x")), "give as many referenced columns");
        refused(() -> Unique.of(), "No unique columns given");
        refused(() -> Unique.of("a", "a"), "repeat a name");
        refused(() -> Check.of("ck", " "), "has an empty condition");
        refused(() -> Index.of("ix", "t"), "No index columns given");
        refused(() -> Index.of("ix", "t", "a").where(" "), "empty where condition");
    }

    @Test
    void alterColumnIsChecked() {
        Column a = Column.of("a", SqlType.INTEGER);
        refused(() -> new AlterColumn("b", a, null, null, null, false, null, null), "give the same column");
        refused(() -> new AlterColumn("a", a, null, null, DefaultValue.of(1), true, null, null), "do one of the two");
        assertTrue(AlterColumn.of("a").isEmpty());
        // The last of defaultValue and dropDefault wins.
        assertTrue(AlterColumn.of("a").defaultValue(1).dropDefault().defaultDropped());
    }

    @Test
    void rowsAreChecked() {
        refused(() -> Rows.of("a", "b").add(1), "has 1 values for the 2 columns [a, b]");
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("b", 1);
        first.put("a", null);
        Map<String, Object> second = Map.of("a", 2);
        refused(() -> Rows.fromMaps(List.of(first, second)), "Row 2 has the columns [a] but row 1 has [a, b]");
        Rows rows = Rows.fromMaps(List.of(first));
        assertEquals(List.of("a", "b"), rows.columns());
        List<Object> row = new ArrayList<>();
        row.add(null);
        row.add(1);
        assertEquals(List.of(row), rows.values());
    }
}
