package dev.migrate.junit;

import dev.migrate.Migrator;
import dev.migrate.RevisionInfo;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.Executable;

/**
 * One check of {@link MigrateRoundTrip} on one database: the revisions from base to heads, the
 * single steps that apply or revert one of them, and the dynamic tests, which run in order on the
 * same database. Once a step fails the database is no longer where the next step expects it, so
 * the later steps are skipped, naming the failed one.
 */
final class RoundTrip {

    private final Migrator migrator;
    private final DataSource dataSource;
    private final String schema;
    private final List<RevisionInfo> upward;
    private String failed;

    RoundTrip(Migrator migrator, DataSource dataSource, String schema) {
        this.migrator = migrator;
        this.dataSource = dataSource;
        this.schema = schema;
        // Revisions.all() lists each revision before those it stands on, as the engine orders an upgrade.
        List<RevisionInfo> all = new ArrayList<>(migrator.revisions().all());
        Collections.reverse(all);
        this.upward = List.copyOf(all);
    }

    /** The revisions from base to heads, each after its parents and dependencies. */
    List<RevisionInfo> upward() {
        return upward;
    }

    /** The revisions from heads to base. */
    List<RevisionInfo> downward() {
        List<RevisionInfo> down = new ArrayList<>(upward);
        Collections.reverse(down);
        return down;
    }

    Migrator migrator() {
        return migrator;
    }

    /** Reverts what an earlier check or run left applied, so that every check starts from base. */
    void startFromBase() {
        if (!migrator.current().isEmpty()) {
            migrator.downgrade("base");
        }
    }

    /** The schema now, without migrate's own tables. */
    SchemaSnapshot snapshot() throws SQLException {
        return SchemaSnapshot.of(dataSource, schema).without(migrator.bookkeepingTables());
    }

    /** Applies exactly {@code revision}, whose parents and dependencies are applied. */
    void upgrade(RevisionInfo revision) {
        List<String> applied = migrator.upgrade(revision.id());
        Assertions.assertEquals(List.of(revision.id()), applied,
                () -> "upgrading to " + name(revision) + " should apply it alone");
    }

    /**
     * Reverts exactly {@code revision}, which nothing applied stands on: down to its (first) parent,
     * or to base, on the branch of the revision itself, so that other branches stay.
     */
    void downgrade(RevisionInfo revision) {
        String below = revision.revises().isEmpty() ? "base" : revision.revises().get(0);
        List<String> reverted = migrator.downgrade(revision.id() + "@" + below);
        Assertions.assertEquals(List.of(revision.id()), reverted,
                () -> "downgrading " + name(revision) + " one step should revert it alone");
    }

    /** Fails with {@code message} and the difference when the snapshots differ. */
    static void assertSame(SchemaSnapshot expected, SchemaSnapshot actual, String message) {
        Optional<String> difference = expected.difference(actual);
        if (difference.isPresent()) {
            Assertions.fail(message + ": " + difference.get());
        }
    }

    /** A dynamic test for one step, skipped once an earlier step of this check has failed. */
    DynamicTest step(String name, Executable body) {
        return DynamicTest.dynamicTest(name, () -> {
            if (failed != null) {
                Assumptions.abort("skipped: " + failed + " failed before, so the database is not where this step starts");
            }
            try {
                body.execute();
            } catch (Throwable e) {
                failed = name;
                throw e;
            }
        });
    }

    /** The display name of a revision's dynamic tests: its id and message. */
    static String name(RevisionInfo revision) {
        return revision.message().isEmpty() ? revision.id() : revision.id() + " " + revision.message();
    }
}
