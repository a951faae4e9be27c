package dev.migrate.processor;

import dev.migrate.graph.Message;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules for seeds, each broken one an error on the annotation value at fault: ids are names
 * (letters, digits and {@code _}, at most 64 characters) used once, {@code after} names a revision
 * id or branch label of the compilation, and environments hold no white space.
 */
final class SeedValidator {

    private static final int MAX_LENGTH = 64;

    private final ProblemReporter reporter;

    SeedValidator(ProblemReporter reporter) {
        this.reporter = reporter;
    }

    /** Reports every broken rule; returns whether there was none. {@code seeds} are sorted by class. */
    boolean validate(List<SeedModel> seeds, List<RevisionModel> revisions) {
        Set<String> names = new HashSet<>();
        for (RevisionModel revision : revisions) {
            names.add(revision.id());
            names.addAll(revision.branchLabels());
        }
        boolean ok = true;
        Map<String, SeedModel> byId = new HashMap<>();
        for (SeedModel seed : seeds) {
            String problem = nameProblem(seed);
            if (problem != null) {
                error(problem, seed, "id", seed.id());
                ok = false;
            }
            SeedModel first = byId.putIfAbsent(seed.id(), seed);
            if (first != null) {
                error(Message.DUPLICATE_SEED_ID.format(seed.id(), first.canonicalName(), seed.canonicalName()), seed,
                        "id", seed.id());
                ok = false;
            }
            if (!names.contains(seed.after())) {
                error(Message.UNKNOWN_SEED_AFTER.format(seed.canonicalName(), seed.after()), seed, "after",
                        seed.after());
                ok = false;
            }
            for (String environment : seed.environments()) {
                if (environment.isBlank() || environment.chars().anyMatch(Character::isWhitespace)) {
                    error(Message.BAD_SEED_ENVIRONMENT.format(seed.canonicalName(), environment), seed, "environments",
                            environment);
                    ok = false;
                }
            }
        }
        return ok;
    }

    /** What is wrong with the seed's id as a name, or {@code null}. */
    private static String nameProblem(SeedModel seed) {
        String id = seed.id();
        String what = "Seed id";
        if (id.isEmpty()) {
            return Message.NAME_EMPTY.format(what, seed.canonicalName());
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
                return Message.NAME_BAD_CHARACTER.format(what, id, seed.canonicalName(), String.valueOf(c));
            }
        }
        if (id.length() > MAX_LENGTH) {
            return Message.NAME_TOO_LONG.format(what, id, seed.canonicalName(), id.length());
        }
        return null;
    }

    private void error(String message, SeedModel seed, String member, String value) {
        reporter.report(message, seed.element(), seed.annotation(), member, value);
    }
}
