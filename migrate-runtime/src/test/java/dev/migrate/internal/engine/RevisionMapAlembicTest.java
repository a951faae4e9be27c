package dev.migrate.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.migrate.MigrationException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Plans compared with what the real Alembic (1.8.1, with the fix of its issue #1373 from 1.13.1) plans
 * for the same graphs: every expected
 * value below is a line printed by src/test/alembic/expected.py. "ERROR" means Alembic refuses too
 * (its message is in the comment; ours is checked in RevisionMapErrorTest), except the marked
 * deviations, where migrate refuses what Alembic lets through.
 */
class RevisionMapAlembicTest {

    record Case(String graph, String command, Set<String> current, String target, String expected) {
        @Override
        public String toString() {
            return graph + " " + command + " " + current + " " + target;
        }
    }

    private static Case c(String graph, String command, String current, String target, String expected) {
        Set<String> rows = current.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(current.split(",")));
        return new Case(graph, command, rows, target, expected);
    }

    static Stream<Case> cases() {
        return Stream.of(
            c("linear", "upgrade", "", "heads", "a1^[+a1] a2^[a1>a2] a3^[a2>a3] a4^[a3>a4]"),
            c("linear", "upgrade", "", "head", "a1^[+a1] a2^[a1>a2] a3^[a2>a3] a4^[a3>a4]"),
            c("linear", "upgrade", "a2", "head", "a3^[a2>a3] a4^[a3>a4]"),
            c("linear", "upgrade", "", "a2", "a1^[+a1] a2^[a1>a2]"),
            c("linear", "upgrade", "a1", "+2", "a2^[a1>a2] a3^[a2>a3]"),
            c("linear", "upgrade", "", "+1", "a1^[+a1]"),
            c("linear", "upgrade", "a3", "+2", "ERROR"), // Alembic: CommandError: Relative revision +2 didn't produce 2 migrations
            c("linear", "upgrade", "", "a1+2", "a1^[+a1] a2^[a1>a2] a3^[a2>a3]"),
            c("linear", "upgrade", "a1", "a4-1", "a2^[a1>a2] a3^[a2>a3]"),
            c("linear", "upgrade", "a4", "a2", ""),
            c("linear", "upgrade", "a2", "-1", "ERROR"), // Alembic: CommandError: Relative revision -1 didn't produce 1 migrations
            c("linear", "upgrade", "a2", "a2", ""),
            c("linear", "downgrade", "a4", "base", "a4v[a4>a3] a3v[a3>a2] a2v[a2>a1] a1v[-a1]"),
            c("linear", "downgrade", "a4", "a2", "a4v[a4>a3] a3v[a3>a2]"),
            c("linear", "downgrade", "a4", "-2", "a4v[a4>a3] a3v[a3>a2]"),
            c("linear", "downgrade", "a2", "-3", "ERROR"), // Alembic: CommandError: Relative revision -3 didn't produce 3 migrations
            c("linear", "downgrade", "a2", "a3", "ERROR"), // Alembic: CommandError: Destination a3 is not a valid downgrade target from current head(s)
            c("linear", "downgrade", "a2", "a2", ""),
            c("linear", "downgrade", "a4", "a3-1", "a4v[a4>a3] a3v[a3>a2]"),
            c("linear", "downgrade", "a4", "a1+1", "a4v[a4>a3] a3v[a3>a2]"),
            c("linear", "downgrade", "a2", "+1", "ERROR"), // Alembic: CommandError: Relative revision +1 didn't produce 1 migrations
            c("linear", "downgrade", "", "base", ""),
            c("linear", "upgrade", "", "nope", "ERROR"), // Alembic: CommandError: Can't locate revision identified by 'nope'
            c("linear", "stamp", "", "a2", "+a2"),
            c("linear", "stamp", "a1", "a3", "a1>a3"),
            c("linear", "stamp", "a3", "a1", "a3>a1"),
            c("linear", "stamp", "a3", "base", "-a3"),
            c("linear", "stamp", "a3", "a3", ""),
            c("linear", "stamp", "a3", "heads", "a3>a4"),
            c("diamond", "upgrade", "", "heads", "r0^[+r0] r1b^[r0>r1b] r1a^[+r1a] r2^[-r1a,r1b>r2] r3^[r2>r3]"),
            c("diamond", "upgrade", "", "r1b", "r0^[+r0] r1b^[r0>r1b]"),
            c("diamond", "upgrade", "r1a", "r2", "r1b^[+r1b] r2^[-r1a,r1b>r2]"),
            c("diamond", "upgrade", "r1a,r1b", "r2", "r2^[-r1a,r1b>r2]"),
            c("diamond", "upgrade", "r0", "r1a", "r1a^[r0>r1a]"),
            c("diamond", "downgrade", "r3", "r0", "r3v[r3>r2] r2v[+r1a,r2>r1b] r1av[-r1a] r1bv[r1b>r0]"),
            c("diamond", "downgrade", "r3", "r1a", "r3v[r3>r2] r2v[+r1a,r2>r1b]"),
            c("diamond", "downgrade", "r2", "-1", "ERROR"), // Alembic: CommandError: Ambiguous walk
            c("diamond", "downgrade", "r3", "base", "r3v[r3>r2] r2v[+r1a,r2>r1b] r1av[-r1a] r1bv[r1b>r0] r0v[-r0]"),
            c("diamond", "upgrade", "r1a", "+1", "r1b^[+r1b] r2^[-r1a,r1b>r2]"),
            c("diamond", "upgrade", "r0", "+1", "ERROR"), // Alembic: CommandError: Ambiguous walk
            c("diamond", "downgrade", "r1a,r1b", "r0", "r1av[-r1a] r1bv[r1b>r0]"),
            c("diamond", "downgrade", "r1a,r1b", "-1", "ERROR"), // deviation: Alembic gives "r1av[-r1a]"; Alembic warns and walks from the first row
            c("diamond", "stamp", "r1a,r1b", "r2", "-r1a r1b>r2"),
            c("diamond", "stamp", "r2", "r1a", "r2>r1a"),
            c("diamond", "stamp", "r0", "r1a r1b", "r0>r1a +r1b"),
            c("three", "upgrade", "", "heads", "r0^[+r0] z^[r0>z] y^[+y] x^[+x] m^[-x,-y,z>m]"),
            c("three", "upgrade", "y", "m", "z^[+z] x^[+x] m^[-x,-y,z>m]"),
            c("three", "downgrade", "m", "r0", "mv[+x,+y,m>z] xv[-x] yv[-y] zv[z>r0]"),
            c("three", "downgrade", "m", "x", "mv[+x,+y,m>z]"),
            c("three", "upgrade", "x,z", "m", "y^[+y] m^[-x,-y,z>m]"),
            c("forest", "upgrade", "", "heads", "b1^[+b1] b2^[b1>b2] a1^[+a1] a2^[a1>a2] a3^[a2>a3]"),
            c("forest", "upgrade", "", "head", "ERROR"), // Alembic: CommandError: Multiple head revisions are present for given argument 'head'; please specify a specific target 
            c("forest", "upgrade", "", "beta@head", "b1^[+b1] b2^[b1>b2]"),
            c("forest", "upgrade", "", "alpha", "a1^[+a1]"),
            c("forest", "upgrade", "", "alpha@a2", "a1^[+a1] a2^[a1>a2]"),
            c("forest", "upgrade", "", "beta@a2", "ERROR"), // Alembic: CommandError: Can't locate revision identified by 'a2'
            c("forest", "upgrade", "a1,b1", "alpha@+1", "a2^[a1>a2]"),
            c("forest", "upgrade", "a1,b1", "+1", "ERROR"), // Alembic: CommandError: Ambiguous upgrade from multiple current revisions
            c("forest", "upgrade", "a1", "beta@+1", "b1^[+b1]"),
            c("forest", "upgrade", "", "alpha@+2", "a1^[+a1] a2^[a1>a2]"),
            c("forest", "upgrade", "a3", "beta@heads", "b1^[+b1] b2^[b1>b2]"),
            c("forest", "upgrade", "", "alpha@base", ""),
            c("forest", "downgrade", "a3,b2", "base", "a3v[a3>a2] a2v[a2>a1] a1v[-a1] b2v[b2>b1] b1v[-b1]"),
            c("forest", "downgrade", "a3,b2", "beta@base", "b2v[b2>b1] b1v[-b1]"),
            c("forest", "downgrade", "a3,b2", "alpha@-1", "a3v[a3>a2]"),
            c("forest", "downgrade", "a3,b2", "-1", "ERROR"), // deviation: Alembic gives "a3v[a3>a2]"; Alembic warns and walks from the first row
            c("forest", "downgrade", "a3,b2", "alpha@a1", "a3v[a3>a2] a2v[a2>a1]"),
            c("forest", "downgrade", "a3,b2", "a1", "a3v[a3>a2] a2v[a2>a1]"),
            c("forest", "downgrade", "a3,b2", "beta@-2", "b2v[b2>b1] b1v[-b1]"),
            c("forest", "downgrade", "a3,b2", "gamma@base", "ERROR"), // Alembic: CommandError: Can't locate revision identified by 'gamma'
            c("forest", "stamp", "a1,b1", "a2 b2", "-a1 b1>a2 +b2"),
            c("forest", "stamp", "a3,b2", "beta@base", "-b2"),
            c("forest", "stamp", "a3", "b1", "+b1"),
            c("forest", "stamp", "a3,b2", "a1", "a3>a1"),
            c("forest", "stamp", "a3,b2", "base", "-a3 -b2"),
            c("forest", "stamp", "a3,b2", "heads", ""),
            c("forest", "stamp", "", "heads", "+a3 +b2"),
            c("crossdep", "upgrade", "", "heads", "a1^[+a1] a2^[a1>a2] b1^[+b1] b2^[-b1,a2>b2] a3^[+a3]"),
            c("crossdep", "upgrade", "", "b2", "a1^[+a1] a2^[a1>a2] b1^[+b1] b2^[-b1,a2>b2]"),
            c("crossdep", "upgrade", "a1", "beta@head", "a2^[a1>a2] b1^[+b1] b2^[-b1,a2>b2]"),
            c("crossdep", "upgrade", "a3", "b2", "b1^[+b1] b2^[b1>b2]"),
            c("crossdep", "downgrade", "a3,b2", "a1", "a3v[-a3] b2v[+b1,b2>a2] a2v[a2>a1]"),
            c("crossdep", "downgrade", "a3,b2", "alpha@a1", "a3v[-a3] b2v[+b1,b2>a2] a2v[a2>a1]"),
            c("crossdep", "downgrade", "a2,b2", "beta@base", "b2v[b2>b1] b1v[-b1]"),
            c("crossdep", "downgrade", "a3,b2", "beta@b1", "b2v[b2>b1]"),
            c("crossdep", "stamp", "a3,b2", "a1", "-a3 b2>a1"),
            c("labeldep", "upgrade", "", "b2", "a1^[+a1] b1^[+b1] b2^[-b1,a1>b2]"),
            c("labeldep", "upgrade", "a1", "heads", "b1^[+b1] b2^[-b1,a1>b2] a2^[+a2] a3^[a2>a3]"),
            c("labeldep", "downgrade", "a3,b2", "base", "a3v[a3>a2] a2v[-a2] b2v[+b1,b2>a1] b1v[-b1] a1v[-a1]"),
            c("basedep", "upgrade", "", "heads", "a1^[+a1] b1^[a1>b1] b2^[b1>b2] a2^[+a2]"),
            c("basedep", "upgrade", "", "b1", "a1^[+a1] b1^[a1>b1]"),
            c("basedep", "upgrade", "a1", "beta@head", "b1^[a1>b1] b2^[b1>b2]"),
            c("basedep", "downgrade", "a2,b2", "base", "a2v[-a2] b2v[b2>b1] b1v[b1>a1] a1v[-a1]"),
            c("basedep", "downgrade", "b1", "base", "b1v[b1>a1] a1v[-a1]"),
            c("basedep", "downgrade", "a2,b2", "alpha@base", "a2v[-a2] b2v[b2>b1] b1v[b1>a1] a1v[-a1]"),
            c("basedep", "downgrade", "b2", "beta@base", "b2v[b2>b1] b1v[b1>a1]"),
            c("basedep", "downgrade", "b1", "-1", "b1v[b1>a1]"),
            c("basedep", "upgrade", "a2", "heads", "b1^[+b1] b2^[b1>b2]"),
            c("basedep", "stamp", "", "b1", "+b1"),
            c("basedep", "stamp", "b2", "base", "-b2"),
            c("split", "upgrade", "", "heads", "r0^[+r0] r1^[r0>r1] d1^[r1>d1] d2^[d1>d2] c1^[+c1] c2^[c1>c2]"),
            c("split", "upgrade", "", "left@head", "r0^[+r0] r1^[r0>r1] c1^[r1>c1] c2^[c1>c2]"),
            c("split", "upgrade", "r1", "left", "c1^[r1>c1]"),
            c("split", "upgrade", "r1", "+1", "ERROR"), // Alembic: CommandError: Ambiguous walk
            c("split", "upgrade", "c2,d1", "+1", "ERROR"), // Alembic: CommandError: Ambiguous upgrade from multiple current revisions
            c("split", "upgrade", "r1", "right@+1", "d1^[r1>d1]"),
            c("split", "upgrade", "r0", "left@+2", "r1^[r0>r1] c1^[r1>c1]"),
            c("split", "upgrade", "c1", "right@+1", "d1^[+d1]"),
            c("split", "downgrade", "c2,d2", "r1", "c2v[c2>c1] c1v[-c1] d2v[d2>d1] d1v[d1>r1]"),
            c("split", "downgrade", "c2,d2", "left@r1", "c2v[c2>c1] c1v[-c1]"),
            c("split", "downgrade", "c2,d2", "right@-1", "d2v[d2>d1]"),
            c("split", "downgrade", "c2,d2", "r0", "c2v[c2>c1] c1v[-c1] d2v[d2>d1] d1v[d1>r1] r1v[r1>r0]"),
            c("split", "downgrade", "c2,d2", "left@base", "c2v[c2>c1] c1v[-c1] d2v[d2>d1] d1v[d1>r1] r1v[r1>r0] r0v[-r0]"),
            c("split", "downgrade", "c2,d2", "c1", "c2v[c2>c1]"),
            c("split", "downgrade", "c2,d2", "-1", "ERROR"), // deviation: Alembic gives "c2v[c2>c1]"; Alembic warns and walks from the first row
            c("split", "downgrade", "c1,d1", "left@-1", "c1v[-c1]"),
            c("split", "stamp", "c2,d2", "r1", "-c2 d2>r1"),
            c("split", "stamp", "r1", "c2", "r1>c2"),
            c("split", "stamp", "c2", "d1", "+d1"),
            c("split", "stamp", "c2,d2", "left@base", "-c2"),
            c("split", "stamp", "c1,d1", "c2 d2", "-c1 d1>c2 +d2"),
            c("split", "stamp", "c2,d2", "r0", "-c2 d2>r0"),
            c("partial", "upgrade", "", "abd", "abc123^[+abc123] abd456^[abc123>abd456]"),
            c("partial", "upgrade", "", "ab", "ERROR"), // Alembic: CommandError: Can't locate revision identified by 'ab'
            c("partial", "upgrade", "", "b77", "abc123^[+abc123] abd456^[abc123>abd456] b77001^[abd456>b77001]"),
            c("partial", "upgrade", "", "zz", "ERROR"), // Alembic: CommandError: Can't locate revision identified by 'zz'
            c("partial", "upgrade", "", "abc123+1", "abc123^[+abc123] abd456^[abc123>abd456]"),
            c("downlabel", "upgrade", "", "top@head", "a1^[+a1] a2^[a1>a2] a3^[a2>a3] a4^[a3>a4]"),
            c("downlabel", "downgrade", "a4", "top@base", "a4v[a4>a3] a3v[a3>a2] a2v[a2>a1] a1v[-a1]"),
            c("overlap", "upgrade", "", "main@heads", "ERROR"), // Alembic: CommandError: Requested revision b overlaps with other requested revisions a
            c("overlap", "upgrade", "", "heads", "r0^[+r0] a^[r0>a] b^[a>b]"),
            c("overlap", "upgrade", "", "b", "r0^[+r0] a^[r0>a] b^[a>b]"),
            c("overlap", "downgrade", "b", "r0", "bv[b>a] av[a>r0]"),
            c("overlap", "downgrade", "b", "a", "ERROR"), // Alembic: CommandError: Destination a is not a valid downgrade target from current head(s)
            c("mainsplit", "downgrade", "x,y", "main@r0", "ERROR"), // Alembic: CommandError: Not a valid downgrade target from current heads
            c("mainsplit", "upgrade", "", "main@head", "ERROR"), // Alembic: CommandError: Multiple head revisions are present for given argument 'main@head'; please specify a specific ta
            c("mainsplit", "upgrade", "r0", "main@+1", "ERROR"), // Alembic: CommandError: Ambiguous walk
            c("mergedep", "upgrade", "", "heads", "c1^[+c1] r0^[+r0] b1^[r0>b1] a1^[+a1] m^[-a1,-b1,c1>m]"),
            c("mergedep", "upgrade", "a1,b1", "m", "c1^[+c1] m^[-a1,-b1,c1>m]"),
            c("mergedep", "upgrade", "a1,b1,c1", "m", "m^[-a1,-b1,c1>m]"),
            c("mergedep", "downgrade", "m", "r0", "mv[+a1,+b1,m>c1] a1v[-a1] b1v[b1>r0]"),
            c("mergedep", "downgrade", "m", "gamma@base", "mv[+a1,+b1,m>c1] c1v[-c1]"),
            c("mergedep", "downgrade", "m", "base", "mv[+a1,+b1,m>c1] a1v[-a1] b1v[b1>r0] r0v[-r0] c1v[-c1]"),
            c("mergedep", "stamp", "m", "a1", "m>a1"),
            c("mergedep", "stamp", "a1,b1", "m", "-a1 b1>m"),
            c("multidep", "upgrade", "", "heads", "b1^[+b1] a1^[+a1] c1^[-a1,b1>c1] c2^[c1>c2]"),
            c("multidep", "upgrade", "a1", "gamma@head", "b1^[+b1] c1^[-a1,b1>c1] c2^[c1>c2]"),
            c("multidep", "downgrade", "c2", "base", "c2v[c2>c1] c1v[+a1,c1>b1] a1v[-a1] b1v[-b1]"),
            c("multidep", "downgrade", "c2", "alpha@base", "c2v[c2>c1] c1v[+a1,c1>b1] a1v[-a1]"),
            c("multidep", "downgrade", "c2", "gamma@base", "c2v[c2>c1] c1v[+a1,c1>b1]"),
            c("multidep", "downgrade", "c2", "c1", "c2v[c2>c1]"),
            c("multidep", "stamp", "c2", "alpha@base", "-c2"),
            c("multidep", "stamp", "", "c1", "+c1"),
            c("five", "downgrade", "bmerge", "a1", "bmergev[bmerge>b1]"),
            c("five", "downgrade", "bmerge", "b1", "bmergev[bmerge>b1]"),
            c("five", "downgrade", "bmerge", "base", "bmergev[bmerge>b1] b1v[b1>a1] a1v[-a1]"),
            c("five", "upgrade", "b1", "bmerge", "bmerge^[b1>bmerge]"),
            c("twobranch", "downgrade", "d1,d2", "base+2", "d1v[d1>c1] c1v[-c1] d2v[d2>c2] c2v[c2>b]"),
            c("twobranch", "downgrade", "d1,d2", "c2branch@base+2", "d2v[d2>c2] c2v[-c2]"),
            c("twobranch", "downgrade", "d1,d2", "c1branch@base+3", "d1v[d1>c1]"),
            c("twobranch", "downgrade", "d1,d2", "base+1", "d1v[d1>c1] c1v[-c1] d2v[d2>c2] c2v[c2>b] bv[b>a]"),
            c("twobranch", "downgrade", "d1,d2", "c2branch@base+1", "d1v[d1>c1] c1v[-c1] d2v[d2>c2] c2v[c2>b] bv[b>a]"),
            c("twobranch", "downgrade", "d1,d2", "base+3", "ERROR"), // Alembic: CommandError: Ambiguous walk
            c("twobranch", "upgrade", "", "base+1", "a^[+a]"),
            c("twobranch", "upgrade", "", "c2branch@base+3", "a^[+a] b^[a>b] c2^[b>c2]"),
            c("twobranch", "upgrade", "d1,d2", "a", ""),
            c("twobranch", "upgrade", "d1,d2", "c1", ""),
            c("twobranch", "upgrade", "d1", "c2", "c2^[+c2]"),
            c("twobranch", "upgrade", "d1,d2", "base", ""),
            c("expandcontract", "downgrade", "c2,e2", "c1", "c2v[c2>c1]"),
            c("expandcontract", "downgrade", "c2,e2", "e1", "c2v[c2>c1] e2v[-e2]"),
            c("expandcontract", "downgrade", "c2,e2", "contract@base", "c2v[c2>c1] c1v[-c1] e2v[e2>e1] e1v[e1>k0] k0v[-k0]"),
            c("expandcontract", "upgrade", "c2", "e1", ""),
            c("linear", "stamp-purge", "a3", "a1", "-a3 +a1"),
            c("forest", "stamp-purge", "a3,b2", "b1", "-a3 -b2 +b1"),
            c("forest", "stamp-purge", "a3,b2", "base", "-a3 -b2")
        );
    }

    @ParameterizedTest
    @MethodSource("cases")
    void matchesAlembic(Case c) {
        RevisionMap map = Scenarios.map(c.graph());
        if (c.expected().equals("ERROR")) {
            assertThrows(MigrationException.class, () -> run(map, c));
        } else {
            assertEquals(c.expected(), run(map, c));
        }
    }

    private static String run(RevisionMap map, Case c) {
        switch (c.command()) {
            case "upgrade":
                return Scenarios.format(map.upgrade(c.current(), c.target()));
            case "downgrade":
                return Scenarios.format(map.downgrade(c.current(), c.target()));
            case "stamp":
            case "stamp-purge":
                List<String> targets = Arrays.asList(c.target().split(" "));
                return Scenarios.formatChanges(map.stamp(c.current(), targets, c.command().equals("stamp-purge")), " ");
            default:
                throw new IllegalArgumentException(c.command());
        }
    }
}
