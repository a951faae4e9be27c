package dev.migrate.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SchemaSnapshotTest {

    private static final String CUSTOMERS = "CREATE TABLE customers (id INT NOT NULL PRIMARY KEY,"
            + " name VARCHAR(100) NOT NULL, score DECIMAL(10,2),"
            + " CONSTRAINT customers_name_uq UNIQUE (name), CONSTRAINT customers_score_ck CHECK (score >= 0))";
    private static final String ORDERS = "CREATE TABLE orders (id INT NOT NULL, customer_id INT NOT NULL,"
            + " note VARCHAR(200), CONSTRAINT orders_pk PRIMARY KEY (id),"
            + " CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE)";

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void readsColumnsKeysIndexesAndConstraintsLeavingMigratesTablesOut(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            execute(db, CUSTOMERS, ORDERS, "CREATE INDEX orders_note_idx ON orders (note, customer_id)",
                    "CREATE TABLE migrate_version (version_num VARCHAR(64) NOT NULL)",
                    "CREATE TABLE migrate_history (id INT NOT NULL)");

            // The schema's name in another case than the database's finds it all the same.
            SchemaSnapshot snapshot = SchemaSnapshot.of(db.dataSource(), swapCase(db.schema()));

            assertEquals(db.schema(), snapshot.schema());
            assertEquals(List.of("customers", "orders"), lower(List.copyOf(snapshot.tables().keySet())));

            SchemaSnapshot.Table orders = snapshot.table("orders").orElseThrow();
            assertEquals("id:false customer_id:false note:true", orders.columns().stream()
                    .map(c -> c.name().toLowerCase(Locale.ROOT) + ":" + c.nullable()).collect(Collectors.joining(" ")));
            assertTrue(orders.column("NOTE").orElseThrow().type().endsWith("(200)"), orders::toString);
            assertEquals(List.of("id"), lower(orders.primaryKey().orElseThrow().columns()));
            SchemaSnapshot.Index index = lowerKeys(orders.indexes()).get("orders_note_idx");
            assertEquals(List.of("note", "customer_id"), lower(index.columns()));
            assertFalse(index.unique());
            SchemaSnapshot.ForeignKey key = lowerKeys(orders.foreignKeys()).get("orders_customer_fk");
            assertEquals("foreign key orders_customer_fk (customer_id) references customers (id) on update "
                    + key.onUpdate().toLowerCase(Locale.ROOT) + " on delete cascade", key.toString().toLowerCase(Locale.ROOT));

            SchemaSnapshot.Table customers = snapshot.table("CUSTOMERS").orElseThrow();
            assertTrue(customers.column("score").orElseThrow().type().endsWith("(10,2)"), customers::toString);
            assertEquals(List.of("name"), lower(lowerKeys(customers.uniques()).get("customers_name_uq").columns()));
            assertEquals(List.of("customers_score_ck"), lower(List.copyOf(customers.checks().keySet())));
            assertTrue(customers.checks().values().iterator().next().clause().toLowerCase(Locale.ROOT).contains("score"));
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theFirstDifferenceNamesTheObjectAndTheSameSchemaHasNone(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            execute(db, CUSTOMERS, ORDERS);
            SchemaSnapshot before = SchemaSnapshot.of(db.dataSource(), null);
            assertEquals(Optional.empty(), before.difference(SchemaSnapshot.of(db.dataSource(), null)));
            assertEquals(before, SchemaSnapshot.of(db.dataSource(), null));

            execute(db, "CREATE INDEX orders_note_idx ON orders (note)", "CREATE TABLE zones (id INT NOT NULL)");
            SchemaSnapshot after = SchemaSnapshot.of(db.dataSource(), null);

            assertEquals("index orders_note_idx (note) on table orders added",
                    before.difference(after).orElseThrow().toLowerCase(Locale.ROOT));
            assertEquals("index orders_note_idx (note) on table orders removed",
                    after.difference(before).orElseThrow().toLowerCase(Locale.ROOT));
            // Without the changed table, the next difference is the new one.
            assertEquals("table zones (id " + type(after, "zones", "id") + " not null) added",
                    before.without("orders").difference(after.without("ORDERS")).orElseThrow().toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void mariaDbsOwnDriverGivesTheSameSnapshotAsConnectorJ() throws Exception {
        try (TestDatabase db = TestDatabase.open(DatabaseKind.MYSQL)) {
            execute(db, CUSTOMERS, ORDERS, "CREATE INDEX orders_note_idx ON orders (note, customer_id)");
            // MariaDB Connector/J calls the database a catalog too, and reads the same metadata its own way.
            String url = db.url().replaceFirst("^jdbc:mysql:", "jdbc:mariadb:").replaceFirst("\\?.*$", "");
            try (Connection c = DriverManager.getConnection(url, db.user(), db.password())) {
                SchemaSnapshot viaMariaDb = SchemaSnapshot.of(c, null);

                assertEquals(db.schema(), viaMariaDb.schema());
                assertEquals(Optional.empty(), SchemaSnapshot.of(db.dataSource(), null).difference(viaMariaDb));
            }
        }
    }

    @Test
    void anUnknownSchemaIsAnErrorThatSaysSo() throws Exception {
        try (TestDatabase db = TestDatabase.open(DatabaseKind.H2)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> SchemaSnapshot.of(db.dataSource(), "nowhere"));
            assertEquals("The database has no schema named \"nowhere\"; give the exact name of an existing one",
                    e.getMessage());
        }
    }

    @Test
    void aChangedColumnIsWordedFromTheFirstSnapshotToTheSecond() {
        SchemaSnapshot narrow = snapshotOf(new SchemaSnapshot.Column("note", "VARCHAR(100)", true));
        SchemaSnapshot wide = snapshotOf(new SchemaSnapshot.Column("note", "VARCHAR(200)", false));

        assertEquals(Optional.of("column orders.note changed from VARCHAR(100) to VARCHAR(200) NOT NULL"),
                narrow.difference(wide));
        assertEquals(Optional.of("column orders.note changed from VARCHAR(200) NOT NULL to VARCHAR(100)"),
                wide.difference(narrow));
    }

    private static SchemaSnapshot snapshotOf(SchemaSnapshot.Column column) {
        SortedMap<String, SchemaSnapshot.Table> tables = new TreeMap<>();
        tables.put("orders", new SchemaSnapshot.Table("orders", List.of(column), Optional.empty(), new TreeMap<>(),
                new TreeMap<>(), new TreeMap<>(), new TreeMap<>()));
        return new SchemaSnapshot("app", tables);
    }

    private static String type(SchemaSnapshot snapshot, String table, String column) {
        return snapshot.table(table).orElseThrow().column(column).orElseThrow().type().toLowerCase(Locale.ROOT);
    }

    private static void execute(TestDatabase db, String... statements) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static String swapCase(String name) {
        return name.equals(name.toUpperCase(Locale.ROOT)) ? name.toLowerCase(Locale.ROOT) : name.toUpperCase(Locale.ROOT);
    }

    private static List<String> lower(List<String> names) {
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }

    private static <T> SortedMap<String, T> lowerKeys(SortedMap<String, T> map) {
        SortedMap<String, T> lower = new TreeMap<>();
        map.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
        return lower;
    }
}
