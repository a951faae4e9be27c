package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.SchemaSnapshot;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link Migrator#bookkeepingTables()} names every table migrate creates, as the builder named them. */
class BookkeepingTablesTest {

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void namesEveryTableMigrateCreates(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            Migrator migrator = Migrator.builder().dataSource(db.dataSource()).classLoader(new IndexClassLoader(ShopIndex.class))
                    .versionTable("app_version").historyTable("app_history").build();
            assertEquals(List.of("app_version", "app_history", "app_version_lock"), migrator.bookkeepingTables());

            migrator.upgrade("heads");

            Set<String> created;
            try (Connection c = db.dataSource().getConnection()) {
                created = new TreeSet<>(SchemaSnapshot.of(c, kind).objects());
            }
            created.removeAll(Set.of("customers", "orders"));
            // Tables only: PostgreSQL's metadata also lists the history table's indexes and identity sequence.
            created.removeIf(name -> !name.startsWith("app_") || name.endsWith("_idx") || name.endsWith("_pkey")
                    || name.endsWith("_seq"));
            assertTrue(created.containsAll(List.of("app_version", "app_history")), created::toString);
            assertTrue(migrator.bookkeepingTables().containsAll(created), created::toString);
        }
    }
}
