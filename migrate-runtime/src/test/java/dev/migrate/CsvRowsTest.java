package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV files next to a class, as rows for bulkInsert. */
class CsvRowsTest {

    @Test
    void headerNamesTheColumnsQuotedFieldsKeepTheirCommasAndEmptyFieldsAreNull() {
        CsvRows csv = CsvRows.read(CsvRowsTest.class, "seed_items.csv").column("id", Integer::valueOf);

        assertEquals(List.of("id", "name", "env"), csv.columns());
        assertEquals(List.of("[1, apple, red, dev]", "[2, null, dev]"),
                csv.rows().values().stream().map(row -> Arrays.toString(row.toArray())).toList());
        assertEquals(Integer.class, csv.rows().values().get(0).get(0).getClass());
        // From the class path's root, as scripts are.
        assertEquals(csv.columns(), CsvRows.read(String.class, "/dev/migrate/seed_items.csv").columns());
    }

    @Test
    void problemsNameTheFileAndWhatToChange() {
        MigrationException missing = assertThrows(MigrationException.class,
                () -> CsvRows.read(CsvRowsTest.class, "nope.csv"));
        assertEquals("There is no CSV file dev/migrate/nope.csv on the class path (read next to dev.migrate.CsvRowsTest"
                + " as \"nope.csv\"); put it in src/main/resources/dev/migrate/nope.csv", missing.getMessage());

        MigrationException ragged = assertThrows(MigrationException.class,
                () -> CsvRows.read(CsvRowsTest.class, "ragged.csv"));
        assertTrue(ragged.getMessage().contains("of the CSV file dev/migrate/ragged.csv has 1 field(s), but its header"
                + " names 2 column(s): id, name"), ragged.getMessage());

        IllegalArgumentException column = assertThrows(IllegalArgumentException.class,
                () -> CsvRows.read(CsvRowsTest.class, "seed_items.csv").column("ident", Long::valueOf));
        assertEquals("The CSV file dev/migrate/seed_items.csv has no column \"ident\"; its header names id, name, env",
                column.getMessage());

        MigrationException conversion = assertThrows(MigrationException.class,
                () -> CsvRows.read(CsvRowsTest.class, "seed_items.csv").column("name", Long::valueOf).rows());
        assertTrue(conversion.getMessage().startsWith("Record 1 of the CSV file dev/migrate/seed_items.csv: the value"
                + " \"apple, red\" of column name cannot be converted"), conversion.getMessage());
    }
}
