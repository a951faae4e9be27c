package dev.migrate.internal.engine;

import dev.migrate.graph.RevisionNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * src/test/alembic/differential.txt read into graphs, states and Alembic's results, as
 * differential.py wrote them (its docstring gives the format).
 */
final class AlembicData {

    /** One command from one state and what Alembic did: a plan, or "ERROR ..." when it refused. */
    record Line(char command, String target, String expected) {
        boolean refused() {
            return expected.startsWith("ERROR");
        }
    }

    /** The version rows a graph's lines start from. */
    record State(Set<String> rows, List<Line> lines) {}

    /** A graph, its revisions and the states it was tried from. */
    record Graph(String name, List<RevisionNode> revisions, List<State> states) {
        boolean random() {
            return name.startsWith("random-");
        }

        RevisionMap map() {
            return new RevisionMap(revisions);
        }
    }

    private AlembicData() {}

    static List<Graph> graphs() {
        List<Graph> graphs = new ArrayList<>();
        List<RevisionNode> revisions = null;
        List<State> states = null;
        List<Line> lines = null;
        try {
            for (String line : Files.readAllLines(file())) {
                if (line.startsWith("# ")) {
                    revisions = new ArrayList<>();
                    states = new ArrayList<>();
                    graphs.add(new Graph(line.substring(2), revisions, states));
                } else if (line.startsWith("= ")) {
                    String[] parts = line.substring(2).split(";", -1);
                    revisions.add(new RevisionNode(parts[0], list(parts[1]), list(parts[2]), list(parts[3]),
                            "test." + parts[0]));
                } else if (line.startsWith("@ ")) {
                    lines = new ArrayList<>();
                    states.add(new State(Set.copyOf(list(line.substring(2))), lines));
                } else if (!line.isBlank()) {
                    int arrow = line.indexOf(" => ");
                    lines.add(new Line(line.charAt(0), line.substring(2, arrow), line.substring(arrow + 4)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graphs;
    }

    /** The revisions a plan written as expected.py writes it runs, in order ({@code id^[ops]} / {@code idv[ops]}). */
    static List<String> steps(String plan) {
        List<String> ids = new ArrayList<>();
        if (!plan.isEmpty()) {
            for (String step : plan.split(" ")) {
                ids.add(step.substring(0, step.indexOf('[') - 1));
            }
        }
        return ids;
    }

    /** The rows left after a plan written as expected.py writes it, from {@code rows}. */
    static Set<String> rowsAfter(Set<String> rows, String plan) {
        Set<String> after = new TreeSet<>(rows);
        if (plan.isEmpty()) {
            return after;
        }
        for (String step : plan.split(" ")) {
            String ops = step.substring(step.indexOf('[') + 1, step.length() - 1);
            for (String op : ops.isEmpty() ? new String[0] : ops.split(",")) {
                if (op.startsWith("+")) {
                    after.add(op.substring(1));
                } else if (op.startsWith("-")) {
                    after.remove(op.substring(1));
                } else {
                    String[] fromTo = op.split(">");
                    after.remove(fromTo[0]);
                    after.add(fromTo[1]);
                }
            }
        }
        return after;
    }

    private static List<String> list(String text) {
        return text.isEmpty() ? List.of() : Arrays.asList(text.split(","));
    }

    private static Path file() {
        for (String candidate : List.of(System.getProperty("basedir", "."), ".", "migrate-runtime")) {
            Path path = Path.of(candidate, "src", "test", "alembic", "differential.txt");
            if (Files.exists(path)) {
                return path;
            }
        }
        throw new IllegalStateException("src/test/alembic/differential.txt not found from "
                + Path.of("").toAbsolutePath());
    }
}
