package dev.migrate.report;

import dev.migrate.RevisionInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Draws the revision graph beside history lines, in the manner of {@code git log --graph}: one
 * lane per line of history, {@code *} for a revision, {@code |\} where a merge's parents part,
 * {@code |/} where branches meet at their branch point. Lane {@code k} is drawn at column
 * {@code 2k}; a lane moving between two lanes is drawn in the column between them.
 */
final class HistoryGraph {

    private final List<RevisionInfo> revisions;
    /** Parents outside a ranged history are not drawn: no lane waits for a revision never shown. */
    private final Set<String> shown;

    /** @param revisions newest first, each before the revisions it revises */
    HistoryGraph(List<RevisionInfo> revisions) {
        this.revisions = revisions;
        this.shown = revisions.stream().map(RevisionInfo::id).collect(Collectors.toSet());
    }

    /** The lines, one per revision in the same order, with the graph's rows before and between them. */
    List<String> draw(List<String> lines) {
        List<String> lanes = new ArrayList<>(); // the revision each lane waits for
        List<String> out = new ArrayList<>();
        for (int i = 0; i < revisions.size(); i++) {
            RevisionInfo r = revisions.get(i);
            int column = lanes.indexOf(r.id());
            if (column < 0) {
                lanes.add(r.id());
                column = lanes.size() - 1;
            }
            // The branches of a branch point meet here: each further lane waiting for it joins its column.
            for (int j = lanes.lastIndexOf(r.id()); j != column; j = lanes.lastIndexOf(r.id())) {
                out.add(join(lanes.size(), column, j));
                lanes.remove(j);
            }
            char[] node = lanes(lanes.size());
            node[2 * column] = '*';
            out.add(new String(node) + " " + lines.get(i));
            List<String> parents = r.revises().stream().filter(shown::contains).toList();
            if (parents.isEmpty()) {
                lanes.remove(column);
                if (column < lanes.size()) {
                    out.add(close(lanes.size() + 1, column));
                }
                continue;
            }
            lanes.set(column, parents.get(0));
            for (int p = 1; p < parents.size(); p++) {
                lanes.add(column + p, parents.get(p));
                out.add(fork(lanes.size(), column + p - 1));
            }
        }
        return out;
    }

    /** {@code width} lanes, each {@code |}. */
    private static char[] lanes(int width) {
        char[] row = new char[Math.max(2 * width - 1, 1)];
        Arrays.fill(row, ' ');
        for (int k = 0; k < width; k++) {
            row[2 * k] = '|';
        }
        return row;
    }

    /** Lane {@code from} joins lane {@code into} on its left, passing under the lanes between; lanes after it move left. */
    private static String join(int width, int into, int from) {
        char[] row = lanes(width);
        for (int k = into; k < from - 1; k++) {
            row[2 * k + 1] = '_';
        }
        row[2 * from] = ' ';
        row[2 * from - 1] = '/';
        for (int k = from + 1; k < width; k++) {
            row[2 * k] = ' ';
            row[2 * k - 1] = '/';
        }
        return trimmed(row);
    }

    /** A new lane starts right of {@code column}, for a merge's next parent; lanes after it move right. */
    private static String fork(int width, int column) {
        char[] row = lanes(width);
        for (int k = column + 1; k < width; k++) {
            row[2 * k] = ' ';
            row[2 * k - 1] = '\\';
        }
        return trimmed(row);
    }

    /** Lane {@code column} ends at a first revision; lanes after it move left. */
    private static String close(int width, int column) {
        char[] row = lanes(width);
        row[2 * column] = ' ';
        for (int k = column + 1; k < width; k++) {
            row[2 * k] = ' ';
            row[2 * k - 1] = '/';
        }
        return trimmed(row);
    }

    private static String trimmed(char[] row) {
        return new String(row).stripTrailing();
    }
}
