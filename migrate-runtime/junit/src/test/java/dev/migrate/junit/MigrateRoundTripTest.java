package dev.migrate.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.migrate.IndexClassLoader;
import dev.migrate.Migrator;
import dev.migrate.report.EmptyIndex;
import dev.migrate.spi.RevisionIndex;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs round-trip classes written as a user writes them (one line, plus the test's index and
 * database) through the JUnit Platform with {@link Outcomes}, and checks each dynamic test's
 * outcome and message.
 */
class MigrateRoundTripTest {

    /** The databases the next launched class takes, one a check; empty for the default H2. */
    private static final Deque<TestDatabase> DATABASES = new ArrayDeque<>();
    private final Deque<TestDatabase> opened = new ArrayDeque<>();

    /** Pointed at a database this test opened, else at the default embedded H2. */
    abstract static class OnTestDatabase extends MigrateRoundTrip {
        private final Class<? extends RevisionIndex> index;

        OnTestDatabase(Class<? extends RevisionIndex> index) {
            this.index = index;
        }

        @Override
        protected DataSource dataSource() throws Exception {
            TestDatabase database = DATABASES.poll();
            return database == null ? super.dataSource() : database.dataSource();
        }

        @Override
        protected Migrator.Builder configure(Migrator.Builder builder) {
            return builder.classLoader(new IndexClassLoader(index));
        }
    }

    static final class CorrectShop extends OnTestDatabase {
        CorrectShop() {
            super(ShopIndex.class);
        }
    }

    static final class ForgetfulShop extends OnTestDatabase {
        ForgetfulShop() {
            super(ShopIndex.Forgetful.class);
        }
    }

    static final class LabelledBranches extends OnTestDatabase {
        LabelledBranches() {
            super(BranchedIndex.class);
        }
    }

    static final class UnlabelledBranches extends OnTestDatabase {
        UnlabelledBranches() {
            super(BranchedIndex.Unlabelled.class);
        }
    }

    static final class Merged extends OnTestDatabase {
        Merged() {
            super(MergedIndex.class);
        }
    }

    /** Bookkeeping tables of other names, which the snapshots must leave out all the same. */
    static final class OwnTableNames extends OnTestDatabase {
        OwnTableNames() {
            super(ShopIndex.class);
        }

        @Override
        protected Migrator.Builder configure(Migrator.Builder builder) {
            return super.configure(builder).versionTable("shop_version").historyTable("shop_history");
        }
    }

    static final class NoRevisions extends OnTestDatabase {
        NoRevisions() {
            super(EmptyIndex.class);
        }
    }

    @AfterEach
    void dropDatabases() throws Exception {
        DATABASES.clear();
        while (!opened.isEmpty()) {
            opened.pop().close();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void everyCheckPassesOnRevisionsThatUndoThemselves(DatabaseKind kind) throws Exception {
        Map<String, String> outcomes = run(kind, CorrectShop.class);

        Map<String, String> expected = new TreeMap<>();
        expected.put("singleHead/d4 unique customer names", "SUCCESSFUL");
        for (String check : new String[] {"upgrade", "upDownConsistency"}) {
            expected.put(check + "/a1 create customers", "SUCCESSFUL");
            expected.put(check + "/b2 create orders", "SUCCESSFUL");
            expected.put(check + "/c3 add order note", "SUCCESSFUL");
            expected.put(check + "/d4 unique customer names", "SUCCESSFUL");
        }
        expected.put("downgradeToBase/heads", "SUCCESSFUL");
        expected.put("downgradeToBase/d4 unique customer names", "SUCCESSFUL");
        expected.put("downgradeToBase/c3 add order note", "SUCCESSFUL");
        expected.put("downgradeToBase/b2 create orders", "SUCCESSFUL");
        expected.put("downgradeToBase/a1 create customers", "SUCCESSFUL");
        expected.put("downgradeToBase/base", "SUCCESSFUL");
        assertEquals(expected, outcomes);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aDowngradeThatForgetsAnIndexFailsItsRevisionNamingTheIndex(DatabaseKind kind) throws Exception {
        Map<String, String> outcomes = run(kind, ForgetfulShop.class);

        // Names as the database stores them: upper case on H2.
        assertEquals("failed: downgrading c3 add order note does not give back the schema before its upgrade:"
                        + " index customers_name_idx (name) on table customers added",
                outcomes.get("upDownConsistency/c3 add order note").toLowerCase(Locale.ROOT));
        assertEquals("ABORTED: skipped: c3 add order note failed before, so the database is not where this step starts",
                outcomes.get("upDownConsistency/d4 unique customer names"));
        // The other checks pass: the upgrade works, and dropping the table takes the index along on the way to base.
        outcomes.remove("upDownConsistency/c3 add order note");
        outcomes.remove("upDownConsistency/d4 unique customer names");
        assertAllSuccessful(13, outcomes);
    }

    @Test
    void branchesWithLabelsOfTheirOwnPassAndEachStepRevertsOneBranchOnly() throws Exception {
        Map<String, String> outcomes = run(DatabaseKind.H2, LabelledBranches.class);

        assertAllSuccessful(13, outcomes);
        assertEquals("SUCCESSFUL", outcomes.get("singleHead/b1 create orders"));
        assertEquals("SUCCESSFUL", outcomes.get("upDownConsistency/c1 create invoices"));
    }

    @Test
    void aMergeRevisionRevertsAloneAndEveryCheckPasses() throws Exception {
        Map<String, String> outcomes = run(DatabaseKind.H2, Merged.class);

        assertAllSuccessful(18, outcomes);
        assertEquals("SUCCESSFUL", outcomes.get("upDownConsistency/m1 merge orders and invoices"));
    }

    @Test
    void bookkeepingTablesOfOtherNamesAreLeftOutOfTheComparisons() throws Exception {
        Map<String, String> outcomes = run(DatabaseKind.H2, OwnTableNames.class);

        assertAllSuccessful(15, outcomes);
    }

    @Test
    void noRevisionsFailsEveryCheckSayingWhereRevisionsComeFrom() {
        String message = "FAILED: " + NoRevisions.class.getName() + " found no revisions: it checks those of the indexes"
                + " that migrate-processor generates, found on the test class path (or the class loader that"
                + " configure() gives); put migrate-processor on the compiler's annotationProcessorPaths and the"
                + " revisions in src/main/java";
        Map<String, String> expected = new TreeMap<>();
        for (String check : new String[] {"singleHead", "upgrade", "upDownConsistency", "downgradeToBase"}) {
            expected.put(check, message);
        }
        assertEquals(expected, Outcomes.failedChecks(NoRevisions.class));
    }

    @Test
    void twoHeadsWithoutLabelsFailSingleHeadForEach() throws Exception {
        Map<String, String> outcomes = run(DatabaseKind.H2, UnlabelledBranches.class);

        assertEquals("FAILED: b1 is one of 2 heads (b1, c1) and no branch label tells it apart: join the heads with a"
                + " merge revision (mvn migrate:merge), or give each branch a label of its own",
                outcomes.get("singleHead/b1 create orders"));
        assertEquals("FAILED: c1 is one of 2 heads (b1, c1) and no branch label tells it apart: join the heads with a"
                + " merge revision (mvn migrate:merge), or give each branch a label of its own",
                outcomes.get("singleHead/c1 create invoices"));
    }

    private static void assertAllSuccessful(int tests, Map<String, String> outcomes) {
        assertEquals(tests, outcomes.size(), outcomes::toString);
        outcomes.forEach((test, outcome) -> assertEquals("SUCCESSFUL", outcome, test));
    }

    /**
     * Launches the class on fresh databases of {@code kind} (the default H2 for H2) and returns each
     * dynamic test's outcome, with the message of a failure or an abort, by check and display name.
     */
    private Map<String, String> run(DatabaseKind kind, Class<?> testClass) throws Exception {
        if (kind != DatabaseKind.H2) {
            for (int check = 0; check < 4; check++) {
                TestDatabase database = TestDatabase.open(kind);
                opened.push(database);
                DATABASES.add(database);
            }
        }
        return Outcomes.of(testClass);
    }
}
