package dev.migrate.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.migrate.MigrationException;
import dev.migrate.report.CommandNames;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every refusal, with the message from {@link EngineMessage}. Alembic refuses the same cases. */
class RevisionMapErrorTest {

    private static void fails(EngineMessage message, Executable call, Object... args) {
        MigrationException thrown = assertThrows(MigrationException.class, call);
        assertEquals(message.format(args), thrown.getMessage());
    }

    private static Set<String> rows(String... ids) {
        return Set.of(ids);
    }

    @Test
    void headWithSeveralHeadsNamesThem() {
        RevisionMap forest = Scenarios.map("forest");
        fails(EngineMessage.MULTIPLE_HEADS, () -> forest.upgrade(rows(), "head"), "head", 2, "a3, b2", "heads");
        assertEquals("Target 'head' is ambiguous: the graph has 2 heads: a3, b2. Name one of them, or use 'heads'",
                EngineMessage.MULTIPLE_HEADS.format("head", 2, "a3, b2", "heads"));
        fails(EngineMessage.MULTIPLE_HEADS, () -> forest.resolve("head"), "head", 2, "a3, b2", "heads");
    }

    @Test
    void branchHeadWithSeveralHeadsNamesThem() {
        RevisionMap map = Scenarios.map("mainsplit");
        fails(EngineMessage.MULTIPLE_BRANCH_HEADS, () -> map.upgrade(rows(), "main@head"),
                "main@head", "main", 2, "x, y", "main@heads");
        assertEquals(List.of("x", "y"), map.resolve("main@heads"));
    }

    @Test
    void unknownNames() {
        fails(EngineMessage.UNKNOWN_REVISION, () -> Scenarios.map("linear").upgrade(rows(), "nope"), "nope");
        fails(EngineMessage.UNKNOWN_REVISION, () -> Scenarios.map("partial").upgrade(rows(), "zz"), "zz");
        // Like Alembic, a prefix only matches ids longer than 3 characters.
        fails(EngineMessage.UNKNOWN_REVISION, () -> Scenarios.map("linear").resolve("a"), "a");
        fails(EngineMessage.UNKNOWN_BRANCH, () -> Scenarios.map("forest").upgrade(rows(), "gamma@head"),
                "gamma", "alpha, beta");
        fails(EngineMessage.UNKNOWN_BRANCH, () -> Scenarios.map("forest").downgrade(rows("a3", "b2"), "gamma@base"),
                "gamma", "alpha, beta");
        fails(EngineMessage.EMPTY_TARGET, () -> Scenarios.map("forest").upgrade(rows(), "alpha@"), "alpha@");
    }

    @Test
    void ambiguousPrefixListsCandidates() {
        fails(EngineMessage.AMBIGUOUS_PREFIX, () -> Scenarios.map("partial").upgrade(rows(), "ab"),
                "ab", 2, "abc123, abd456");
    }

    @Test
    void revisionOutsideTheNamedBranch() {
        fails(EngineMessage.NOT_ON_BRANCH, () -> Scenarios.map("forest").upgrade(rows(), "beta@a2"),
                "a2", "beta", "b1");
        fails(EngineMessage.NOT_ON_BRANCH, () -> Scenarios.map("split").resolve("left@d1"), "d1", "left", "c1");
        // Stricter than Alembic, which ignores the label of label@id in a downgrade.
        fails(EngineMessage.NOT_ON_BRANCH, () -> Scenarios.map("split").downgrade(rows("c2", "d2"), "left@d1"),
                "d1", "left", "c1");
    }

    @Test
    void relativeStepsTheWrongWay() {
        RevisionMap linear = Scenarios.map("linear");
        fails(EngineMessage.RELATIVE_WRONG_WAY, () -> linear.upgrade(rows("a2"), "-1"), "-1", "upgrade",
                "downgrade -1");
        fails(EngineMessage.RELATIVE_WRONG_WAY, () -> linear.downgrade(rows("a2"), "+1"), "+1", "downgrade",
                "upgrade +1");
    }

    @Test
    void aWalkOfNoStepsNamesANumberThatWorks() {
        RevisionMap linear = Scenarios.map("linear");
        fails(EngineMessage.RELATIVE_ZERO, () -> linear.upgrade(rows("a2"), "+0"), "+0", "upgrade", "+1");
        fails(EngineMessage.RELATIVE_ZERO, () -> linear.upgrade(rows("a2"), "-0"), "-0", "upgrade", "+1");
        fails(EngineMessage.RELATIVE_ZERO, () -> linear.downgrade(rows("a2"), "-0"), "-0", "downgrade", "-1");
        fails(EngineMessage.RELATIVE_ZERO, () -> linear.downgrade(rows("a2"), "+0"), "+0", "downgrade", "-1");
        fails(EngineMessage.RELATIVE_ZERO, () -> Scenarios.map("forest").upgrade(rows("a2"), "alpha@+0"),
                "alpha@+0", "upgrade", "+1");
        assertEquals("Relative target '+0' moves 0 steps, so upgrade would go nowhere; write a number of 1 or more,"
                + " such as +1, or name a revision", EngineMessage.RELATIVE_ZERO.format("+0", "upgrade", "+1"));
        // <id>+0 is the revision itself, as in Alembic.
        assertEquals(List.of("a1"), linear.upgrade(rows(), "a1+0").stream().map(PlannedStep::revisionId).toList());
    }

    @Test
    void aNumberOfStepsTooLargeToCountSaysSo() {
        RevisionMap linear = Scenarios.map("linear");
        String huge = "99999999999999999999";
        fails(EngineMessage.RELATIVE_TOO_LARGE, () -> linear.upgrade(rows("a2"), "+" + huge), "+" + huge,
                Integer.MAX_VALUE);
        fails(EngineMessage.RELATIVE_TOO_LARGE, () -> linear.downgrade(rows("a2"), "-" + huge), "-" + huge,
                Integer.MAX_VALUE);
        fails(EngineMessage.RELATIVE_TOO_LARGE, () -> linear.downgrade(rows("a2"), "base+" + huge), "base+" + huge,
                Integer.MAX_VALUE);
        fails(EngineMessage.RELATIVE_TOO_LARGE, () -> linear.history("-" + huge + ":", rows("a2")), "-" + huge,
                Integer.MAX_VALUE);
        assertEquals("Relative target '+" + huge + "' counts more steps than any history has; write at most 2147483647"
                + " steps (a walk past the end of the history is refused too), or heads to upgrade to every head, base"
                + " to downgrade all the way", EngineMessage.RELATIVE_TOO_LARGE.format("+" + huge, Integer.MAX_VALUE));
        // Ten digits an int holds: a walk, refused as running past the end rather than as an unknown name.
        fails(EngineMessage.RELATIVE_TOO_FAR, () -> linear.upgrade(rows("a2"), "+1234567890"), "+1234567890", "a2");
    }

    @Test
    void severalRevisionsWrittenAsOneTargetAreRefusedAsSuch() {
        RevisionMap forest = Scenarios.map("forest");
        fails(EngineMessage.COMMA_TARGET, () -> forest.upgrade(rows(), "a3,b2"), "a3,b2", "a3, b2");
        fails(EngineMessage.COMMA_TARGET, () -> forest.downgrade(rows("a3", "b2"), "a1, b1"), "a1, b1", "a1, b1");
        fails(EngineMessage.COMMA_TARGET, () -> forest.resolve("a3,b2"), "a3,b2", "a3, b2");
        fails(EngineMessage.COMMA_STAMP, () -> forest.stamp(rows("a1"), List.of("a3,b2"), false), "a3,b2",
                "Migrator.stamp(\"a3\", \"b2\")");
        fails(EngineMessage.COMMA_STAMP, () -> forest.stamp(rows(), List.of("a3, b1", "heads"), true), "a3, b1",
                "Migrator.stamp(true, \"a3\", \"b1\", \"heads\")");
        assertEquals("Stamp target 'a3,b2' joins several revisions with commas in one target; give each revision as a"
                + " target of its own: mvn migrate:stamp -Dmigrate.target=a3,b2",
                EngineMessage.COMMA_STAMP.format("a3,b2", "mvn migrate:stamp -Dmigrate.target=a3,b2"));
        // Given apart, they stamp.
        assertEquals(List.of(new RowChange.Update("a1", "a3"), new RowChange.Insert("b2")),
                forest.stamp(rows("a1"), List.of("a3", "b2"), false));
    }

    @Test
    void relativeStepsPastTheEnd() {
        RevisionMap linear = Scenarios.map("linear");
        fails(EngineMessage.RELATIVE_TOO_FAR, () -> linear.upgrade(rows("a3"), "+2"), "+2", "a3");
        fails(EngineMessage.RELATIVE_TOO_FAR, () -> linear.upgrade(rows(), "+5"), "+5", "base");
        fails(EngineMessage.RELATIVE_TOO_FAR, () -> linear.upgrade(rows(), "a3+2"), "a3+2", "a3");
        fails(EngineMessage.RELATIVE_TOO_FAR, () -> linear.downgrade(rows("a2"), "-3"), "-3", "a2");
        fails(EngineMessage.RELATIVE_TOO_FAR, () -> linear.downgrade(rows("a4"), "a2-3"), "a2-3", "a2");
        fails(EngineMessage.NO_CURRENT, () -> linear.downgrade(rows(), "-1"), "-1");
        fails(EngineMessage.RELATIVE_TOO_FAR, () -> linear.upgrade(rows(), "base+5"), "base+5", "base");
        fails(EngineMessage.RELATIVE_TOO_FAR, () -> linear.downgrade(rows("a4"), "base+5"), "base+5", "base");
        fails(EngineMessage.AMBIGUOUS_WALK_UP, () -> Scenarios.map("twobranch").downgrade(rows("d1", "d2"), "base+3"),
                "base+3", "b", "c1, c2");
    }

    @Test
    void relativeStepsThroughAFork() {
        fails(EngineMessage.AMBIGUOUS_WALK_UP, () -> Scenarios.map("split").upgrade(rows("r1"), "+1"),
                "+1", "r1", "c1, d1");
        fails(EngineMessage.AMBIGUOUS_WALK_UP, () -> Scenarios.map("diamond").upgrade(rows("r0"), "+1"),
                "+1", "r0", "r1a, r1b");
        fails(EngineMessage.AMBIGUOUS_WALK_UP, () -> Scenarios.map("forest").upgrade(rows(), "+1"),
                "+1", "base", "a1, b1");
        fails(EngineMessage.AMBIGUOUS_WALK_DOWN, () -> Scenarios.map("diamond").downgrade(rows("r2"), "-1"),
                "-1", "r2", "r1a, r1b");
    }

    @Test
    void relativeStepsFromSeveralCurrentRevisions() {
        fails(EngineMessage.AMBIGUOUS_CURRENT, () -> Scenarios.map("forest").upgrade(rows("a1", "b1"), "+1"),
                "+1", 2, "a1, b1");
        // Alembic warns and walks from whichever row came first; rows have no order, so refuse.
        fails(EngineMessage.AMBIGUOUS_CURRENT, () -> Scenarios.map("forest").downgrade(rows("a3", "b2"), "-1"),
                "-1", 2, "a3, b2");
        fails(EngineMessage.NO_CURRENT_ON_BRANCH, () -> Scenarios.map("forest").downgrade(rows("a3"), "beta@-1"),
                "beta@-1", "beta", "a3");
    }

    @Test
    void targetsInTheWrongDirection() {
        RevisionMap linear = Scenarios.map("linear");
        fails(EngineMessage.NOT_REACHABLE_BY_DOWNGRADE, () -> linear.downgrade(rows("a2"), "a3"), "a3", "a2");
        fails(EngineMessage.NOT_REACHABLE_BY_DOWNGRADE, () -> Scenarios.map("forest").downgrade(rows("a3"), "b1"),
                "b1", "a3");
        fails(EngineMessage.NOT_REACHABLE_BY_DOWNGRADE, () -> linear.downgrade(rows(), "a1"), "a1", "(none)");
    }

    @Test
    void severalRevisionsWhereOneIsNeeded() {
        fails(EngineMessage.MULTIPLE_REVISIONS, () -> Scenarios.map("forest").downgrade(rows("a3", "b2"), "heads"),
                "heads", 2, "a3, b2");
    }

    @Test
    void branchDowngradeThatSelectsNothing() {
        fails(EngineMessage.NOT_ON_BRANCH_DOWNGRADE,
                () -> Scenarios.map("mainsplit").downgrade(rows("x", "y"), "main@r0"), "main@r0", "main", "r0");
    }

    @Test
    void overlappingTargets() {
        fails(EngineMessage.OVERLAPPING_TARGETS, () -> Scenarios.map("overlap").upgrade(rows(), "main@heads"),
                "main@heads", "a", "b");
    }

    @Test
    void unknownVersionRows() {
        fails(EngineMessage.UNKNOWN_CURRENT, () -> Scenarios.map("linear").upgrade(rows("zz"), "heads"), "zz",
                CommandNames.API.stamp(true, "<revision>"));
        fails(EngineMessage.UNKNOWN_CURRENT, () -> Scenarios.map("linear").downgrade(rows("zz"), "base"), "zz",
                CommandNames.API.stamp(true, "<revision>"));
        fails(EngineMessage.UNKNOWN_CURRENT,
                () -> Scenarios.map("linear").stamp(rows("zz"), List.of("a1"), true), "zz",
                CommandNames.API.stamp(true, "<revision>"));
    }

    @Test
    void stampTargetsAreResolvedLikeOthers() {
        fails(EngineMessage.MULTIPLE_HEADS, () -> Scenarios.map("forest").stamp(rows(), List.of("head"), false),
                "head", 2, "a3, b2", "heads");
        fails(EngineMessage.UNKNOWN_REVISION, () -> Scenarios.map("forest").stamp(rows(), List.of("zz"), false),
                "zz");
    }

    @Test
    void historyRangeSyntax() {
        RevisionMap linear = Scenarios.map("linear");
        fails(EngineMessage.RANGE_SYNTAX, () -> linear.history("a2", rows()), "a2");
        fails(EngineMessage.RANGE_SYNTAX, () -> linear.history("a1:a2:a3", rows()), "a1:a2:a3");
        fails(EngineMessage.RANGE_SYNTAX, () -> linear.history(" ", rows()), " ");
        assertEquals("History range 'a2' is not of the form start:end; write start:end, start: or :end, such as"
                + " ae1027:heads, base:current or -3:", EngineMessage.RANGE_SYNTAX.format("a2"));
    }

    @Test
    void historyRangeRelativeSidesCountFromTheOtherSide() {
        RevisionMap linear = Scenarios.map("linear");
        fails(EngineMessage.RANGE_RELATIVE_START, () -> linear.history("+1:", rows()), "+1:", "+1");
        fails(EngineMessage.RANGE_RELATIVE_START, () -> linear.history("a1+1:", rows()), "a1+1:", "a1+1");
        fails(EngineMessage.RANGE_RELATIVE_START, () -> linear.history("a3-1:a4", rows()), "a3-1:a4", "a3-1");
        fails(EngineMessage.RANGE_RELATIVE_END, () -> linear.history(":-1", rows()), ":-1", "-1");
        fails(EngineMessage.RANGE_RELATIVE_END, () -> linear.history("base:-1", rows()), "base:-1", "-1");
        fails(EngineMessage.RANGE_BOTH_RELATIVE, () -> linear.history("-1:+1", rows()), "-1:+1");
        fails(EngineMessage.RANGE_AMBIGUOUS_START, () -> Scenarios.map("forest").history("current:+1", rows("a2", "b1")),
                "current:+1", "+1", 2, "a2, b1");
        fails(EngineMessage.AMBIGUOUS_WALK_UP, () -> Scenarios.map("forest").history("base:+1", rows()),
                "+1", "base", "a1, b1");
        fails(EngineMessage.AMBIGUOUS_WALK_DOWN, () -> Scenarios.map("diamond").history("-3:", rows()),
                "-3", "r2", "r1a, r1b");
    }

    @Test
    void historyRangeRunsAlongOneLine() {
        fails(EngineMessage.RANGE_NOT_ANCESTOR, () -> Scenarios.map("linear").history("a3:a1", rows()),
                "a3:a1", "a3", "a1");
        assertEquals("History range 'a3:a1' does not run along one line of history: a3 is not an ancestor of 'a1'."
                + " Write the older revision first (start:end), on the same branch as the end",
                EngineMessage.RANGE_NOT_ANCESTOR.format("a3:a1", "a3", "a1"));
        fails(EngineMessage.RANGE_NOT_ANCESTOR, () -> Scenarios.map("split").history("c1:d2", rows()),
                "c1:d2", "c1", "d2");
        fails(EngineMessage.RANGE_NOT_ANCESTOR,
                () -> Scenarios.map("forest").history("current:alpha@+1", rows("a2", "b1")),
                "current:alpha@+1", "b1", "alpha@+1");
    }

    @Test
    void historyRangeSidesAreResolvedLikeTargets() {
        fails(EngineMessage.RANGE_BRANCH_WITHOUT_LABEL, () -> Scenarios.map("split").history("r1@base:", rows()),
                "r1@base:", "r1");
        fails(EngineMessage.NOT_ON_BRANCH, () -> Scenarios.map("forest").history("beta@a2:", rows()),
                "a2", "beta", "b1");
        fails(EngineMessage.UNKNOWN_REVISION, () -> Scenarios.map("linear").history("nope:", rows()), "nope");
        fails(EngineMessage.MULTIPLE_HEADS, () -> Scenarios.map("forest").history(":head", rows()),
                "head", 2, "a3, b2", "heads");
        fails(EngineMessage.UNKNOWN_CURRENT, () -> Scenarios.map("linear").history("current:", rows("zz")), "zz",
                CommandNames.API.stamp(true, "<revision>"));
    }

    @Test
    void stampOfOverlappingRevisions() {
        // Alembic writes rows a2 and a4, one below the other, a table the next upgrade refuses.
        fails(EngineMessage.OVERLAPPING_TARGETS, () -> Scenarios.map("linear").stamp(rows(), List.of("a2", "heads"),
                false), "a2,heads", "a2", "a4");
        // Alembic fails an assertion on a revision named twice; it stands for itself once.
        assertEquals(List.of(new RowChange.Insert("a4")), Scenarios.map("linear").stamp(rows(), List.of("a4", "heads"),
                false));
    }

    @Test
    void aMergeOverRowsThatAllStandBelowAnotherRow() {
        // k0 and e1 are below e2: no run leaves such a table, so the upgrade cannot say which row c1 takes.
        fails(EngineMessage.INCONSISTENT_ROWS, () -> Scenarios.map("expandcontract").upgrade(rows("e1", "e2", "k0"),
                "c1"), "upgrade", "c1", "[e1, e2, k0]", CommandNames.API.stamp(true, "<revision>"));
    }
}
