package dev.migrate.junit;

import dev.migrate.Migrator;
import dev.migrate.RevisionInfo;
import dev.migrate.Revisions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The round trip of a project's revisions, as a test to extend in one line:
 *
 * <pre>{@code
 * class MigrationsTest extends MigrateRoundTrip {}
 * }</pre>
 *
 * <p>It runs four checks, each a {@link TestFactory} whose dynamic tests are named after the
 * revisions, so that a failure points at one revision:
 * <ul>
 * <li>{@code singleHead}: the graph has one head, or each head is the only one of a branch label;</li>
 * <li>{@code upgrade}: from base to the heads one revision at a time, each applying that revision alone;</li>
 * <li>{@code upDownConsistency}: for each revision, from base up, upgrade to it, downgrade one step,
 * upgrade again, comparing {@linkplain SchemaSnapshot schema snapshots}: after the downgrade the
 * schema is the one before the upgrade, and after the second upgrade the one after the first; a
 * failure names the revision and the first object that differs;</li>
 * <li>{@code downgradeToBase}: from the heads down to base one revision at a time, after which only
 * migrate's own tables are left.</li>
 * </ul>
 *
 * <p>By default each check runs on a fresh in-memory H2 database, dropped after it; add {@code
 * com.h2database:h2} in test scope. Override {@link #dataSource()} for another database: the
 * project's PostgreSQL or MySQL, a Testcontainers one. Each check starts from base: on a database
 * with revisions applied it first downgrades it to base, so give it a database for tests only.
 * Override {@link #configure} to set the migrator's class loader, bookkeeping tables or lock
 * timeout, and {@link #schema()} when the revisions change another schema than the connection's.
 * The revisions are those of the generated indexes on the test class path, as {@link Migrator}
 * finds them.
 */
public abstract class MigrateRoundTrip {

    private final List<AutoCloseable> opened = new ArrayList<>();

    /** For subclasses. */
    protected MigrateRoundTrip() {}

    /**
     * The database of one check, called once by each check; by default a fresh in-memory H2
     * database, dropped after the check. Override to return your own, empty but for what earlier
     * checks left (each check downgrades to base first).
     *
     * @return the database the check runs on
     * @throws Exception when it cannot be opened
     */
    protected DataSource dataSource() throws Exception {
        if (!EmbeddedH2.available(getClass().getClassLoader())) {
            throw new IllegalStateException(getClass().getName() + " runs on an embedded H2 database unless it"
                    + " overrides dataSource(): add com.h2database:h2 in test scope, or override dataSource()"
                    + " to return your database");
        }
        EmbeddedH2 h2 = new EmbeddedH2();
        opened.add(h2);
        return h2.dataSource();
    }

    /**
     * Adjusts the migrator of each check, which already has its data source: the class loader of
     * the revisions, the bookkeeping tables' schema and names, the lock timeout, a listener.
     *
     * @param builder the builder, with the data source set
     * @return the builder to build
     */
    protected Migrator.Builder configure(Migrator.Builder builder) {
        return builder;
    }

    /**
     * The schema the revisions change, whose snapshots the checks compare.
     *
     * @return the schema (MySQL/MariaDB: the database); {@code null}, the default, for the
     *     connection's current one
     */
    protected String schema() {
        return null;
    }

    /**
     * One test for each head: it passes when it is the only head, or the only head of one of its
     * branch labels (labels apply to a revision and those above it).
     *
     * @return the tests, one a head
     * @throws Exception when the database or the migrator cannot be set up
     */
    @TestFactory
    public List<DynamicTest> singleHead() throws Exception {
        Revisions revisions = open().migrator().revisions();
        List<String> heads = revisions.heads();
        List<DynamicTest> tests = new ArrayList<>();
        for (String head : heads) {
            RevisionInfo info = revisions.get(head);
            tests.add(DynamicTest.dynamicTest(RoundTrip.name(info), () -> {
                if (heads.size() == 1) {
                    return;
                }
                Set<String> others = new HashSet<>();
                for (String other : heads) {
                    if (!other.equals(head)) {
                        others.addAll(labels(revisions, other));
                    }
                }
                Set<String> own = new TreeSet<>(labels(revisions, head));
                own.removeAll(others);
                if (own.isEmpty()) {
                    Assertions.fail(head + " is one of " + heads.size() + " heads (" + String.join(", ", heads)
                            + ") and no branch label tells it apart: join the heads with a merge revision"
                            + " (mvn migrate:merge), or give each branch a label of its own");
                }
            }));
        }
        return tests;
    }

    /**
     * One test for each revision, from base to the heads: upgrading to it applies it alone.
     *
     * @return the tests, one a revision
     * @throws Exception when the database or the migrator cannot be set up
     */
    @TestFactory
    public List<DynamicTest> upgrade() throws Exception {
        RoundTrip trip = open();
        trip.startFromBase();
        List<DynamicTest> tests = new ArrayList<>();
        for (RevisionInfo revision : trip.upward()) {
            tests.add(trip.step(RoundTrip.name(revision), () -> trip.upgrade(revision)));
        }
        return tests;
    }

    /**
     * One test for each revision, from base to the heads: upgrade to it, downgrade one step and
     * upgrade again; the downgrade must give back the schema before the upgrade, and the second
     * upgrade the schema of the first.
     *
     * @return the tests, one a revision
     * @throws Exception when the database or the migrator cannot be set up
     */
    @TestFactory
    public List<DynamicTest> upDownConsistency() throws Exception {
        RoundTrip trip = open();
        trip.startFromBase();
        List<DynamicTest> tests = new ArrayList<>();
        for (RevisionInfo revision : trip.upward()) {
            String name = RoundTrip.name(revision);
            tests.add(trip.step(name, () -> {
                SchemaSnapshot before = trip.snapshot();
                trip.upgrade(revision);
                SchemaSnapshot up = trip.snapshot();
                trip.downgrade(revision);
                RoundTrip.assertSame(before, trip.snapshot(),
                        "downgrading " + name + " does not give back the schema before its upgrade");
                trip.upgrade(revision);
                RoundTrip.assertSame(up, trip.snapshot(),
                        "upgrading " + name + " again after its downgrade gives another schema than its first upgrade");
            }));
        }
        return tests;
    }

    /**
     * After an upgrade to the heads, one test for each revision from the heads down: downgrading
     * it reverts it alone; and a last test, {@code base}: only migrate's own tables are left, the
     * schema is the one before the upgrade.
     *
     * @return the tests, one a revision and {@code base}
     * @throws Exception when the database or the migrator cannot be set up
     */
    @TestFactory
    public List<DynamicTest> downgradeToBase() throws Exception {
        RoundTrip trip = open();
        trip.startFromBase();
        List<DynamicTest> tests = new ArrayList<>();
        SchemaSnapshot[] empty = new SchemaSnapshot[1];
        tests.add(trip.step("heads", () -> {
            empty[0] = trip.snapshot();
            trip.migrator().upgrade("heads");
        }));
        for (RevisionInfo revision : trip.downward()) {
            tests.add(trip.step(RoundTrip.name(revision), () -> trip.downgrade(revision)));
        }
        tests.add(trip.step("base", () -> RoundTrip.assertSame(empty[0], trip.snapshot(),
                "at base, after downgrading every revision, more than migrate's own tables is left")));
        return tests;
    }

    /** Drops the embedded databases of the check that ran. */
    @AfterEach
    void closeDatabases() throws Exception {
        for (AutoCloseable database : opened) {
            database.close();
        }
        opened.clear();
    }

    /** The check's database and migrator; no revisions at all is a failure, not a check that passes by testing nothing. */
    private RoundTrip open() throws Exception {
        DataSource dataSource = dataSource();
        Migrator migrator = configure(Migrator.builder().dataSource(dataSource)).build();
        opened.add(migrator);
        RoundTrip trip = new RoundTrip(migrator, dataSource, schema());
        if (trip.upward().isEmpty()) {
            throw new IllegalStateException(getClass().getName() + " found no revisions: it checks those of the"
                    + " indexes that migrate-processor generates, found on the test class path (or the class loader"
                    + " that configure() gives); put migrate-processor on the compiler's annotationProcessorPaths"
                    + " and the revisions in src/main/java");
        }
        return trip;
    }

    /** The branch labels of a revision: its own and those of the revisions below it. */
    private static Set<String> labels(Revisions revisions, String id) {
        Set<String> labels = new HashSet<>();
        Set<String> seen = new HashSet<>();
        List<String> todo = new ArrayList<>(List.of(id));
        while (!todo.isEmpty()) {
            String next = todo.remove(todo.size() - 1);
            if (seen.add(next)) {
                RevisionInfo info = revisions.get(next);
                labels.addAll(info.branchLabels());
                todo.addAll(info.revises());
            }
        }
        return labels;
    }
}
