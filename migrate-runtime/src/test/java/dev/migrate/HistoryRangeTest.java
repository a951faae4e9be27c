package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.migrate.internal.engine.EngineMessage;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link Migrator#history(String)} end to end, with {@code current} read from H2, PostgreSQL and MariaDB. */
class HistoryRangeTest {

    private static Migrator migrator(TestDatabase db) {
        return Migrator.builder().dataSource(db.dataSource()).classLoader(new IndexClassLoader(ShopIndex.class)).build();
    }

    /** Each revision as id:applied, newest first. */
    private static List<String> marked(List<RevisionInfo> revisions) {
        return revisions.stream().map(r -> r.id() + ":" + r.applied()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void rangesAroundTheCurrentRevision(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Migrator migrator = migrator(db)) {
            assertEquals(List.of("c3:false", "b2:false", "a1:false"), marked(migrator.history("current:")));
            assertEquals(List.of(), marked(migrator.history(":current")));

            migrator.upgrade("b2");

            assertEquals(List.of("c3:false", "b2:true"), marked(migrator.history("current:")));
            assertEquals(List.of("b2:true", "a1:true"), marked(migrator.history(":current")));
            assertEquals(List.of("b2:true", "a1:true"), marked(migrator.history("-1:current")));
            assertEquals(List.of("c3:false", "b2:true"), marked(migrator.history("current:+1")));
            assertEquals(List.of("b2:true", "a1:true"), marked(migrator.history("a1:a1+1")));
            assertEquals(List.of("c3:false"), marked(migrator.history("heads:")));
            assertEquals(List.of(), marked(migrator.history("base:base")));
            assertEquals(migrator.history(), migrator.history(":"));
            assertEquals(List.of(true, false, false), migrator.history(":").stream().map(RevisionInfo::head).toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void aBadRangeSaysWhatToWrite(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Migrator migrator = migrator(db)) {
            migrator.upgrade("heads");

            MigrationException syntax = assertThrows(MigrationException.class, () -> migrator.history("b2"));
            assertEquals(EngineMessage.RANGE_SYNTAX.format("b2"), syntax.getMessage());
            MigrationException backwards = assertThrows(MigrationException.class, () -> migrator.history("c3:a1"));
            assertEquals(EngineMessage.RANGE_NOT_ANCESTOR.format("c3:a1", "c3", "a1"), backwards.getMessage());
            MigrationException unknown = assertThrows(MigrationException.class, () -> migrator.history("zz9:"));
            assertEquals(EngineMessage.UNKNOWN_REVISION.format("zz9"), unknown.getMessage());
        }
    }
}
