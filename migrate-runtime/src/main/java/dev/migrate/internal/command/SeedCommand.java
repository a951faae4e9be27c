package dev.migrate.internal.command;

import dev.migrate.MigrationException;
import dev.migrate.SeedOptions;
import dev.migrate.SeedResult;
import dev.migrate.graph.Message;
import dev.migrate.internal.execution.SeedExecutor;
import dev.migrate.internal.jdbc.SeedState;
import dev.migrate.report.CommandNames;
import dev.migrate.spi.RevisionDescriptor;
import dev.migrate.spi.SeedDescriptor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Seed: loads the seeds of the configured environment whose revision is applied, in the graph's
 * order of those revisions, then by id; each in a transaction of its own, after the {@code clean}
 * of the same seeds in reverse order unless appending. A seed loaded since its last clean with the
 * same checksum is left alone unless forced.
 */
public final class SeedCommand {

    private final Commands commands;

    public SeedCommand(Commands commands) {
        this.commands = commands;
    }

    /**
     * What a seed run would do on the database as it is.
     *
     * @param run the seeds to run, in loading order
     * @param unchanged the seeds loaded already and unchanged
     * @param waiting the seeds whose revision is not applied, each with that revision
     */
    private record Plan(List<SeedDescriptor> run, List<String> unchanged, Map<String, String> waiting) {}

    /** Runs the seeds; see {@link dev.migrate.Migrator#seed(SeedOptions)}. */
    public SeedResult seed(SeedOptions options) {
        CommandNames names = commands.settings.commandNames();
        if (!options.append() && commands.guard.production()) {
            // Planned on a reading session: the refusal comes before the lock and any write.
            try (Session session = commands.read()) {
                List<SeedDescriptor> run = plan(session, options).run();
                if (!run.isEmpty()) {
                    commands.guard.require(session, "seed cleans " + run.size() + " seed(s) first ("
                            + String.join(", ", ids(run)) + ")");
                }
            }
        }
        try (Session session = commands.open()) {
            session.repairTables(commands.listener::warning);
            session.requireNoUnresolvedFailures(names);
            Plan plan = plan(session, options);
            List<String> cleaned = new ArrayList<>();
            List<String> loaded = new ArrayList<>();
            if (!plan.run().isEmpty()) {
                try (SeedExecutor executor = session.seedExecutor(names, names.seed(options.append(), false))) {
                    if (!options.append()) {
                        List<SeedDescriptor> reverse = new ArrayList<>(plan.run());
                        java.util.Collections.reverse(reverse);
                        for (SeedDescriptor seed : reverse) {
                            executor.run(seed, commands.revisions.newSeed(seed.id()), false);
                            cleaned.add(seed.id());
                        }
                    }
                    for (SeedDescriptor seed : plan.run()) {
                        executor.run(seed, commands.revisions.newSeed(seed.id()), true);
                        loaded.add(seed.id());
                    }
                }
            }
            String environment = commands.settings.environment();
            return new SeedResult(environment, cleaned, loaded, plan.unchanged(), List.copyOf(plan.waiting().keySet()),
                    summary(environment, options, loaded, plan, names));
        }
    }

    /** The environment's seeds, sorted, split into those to run, those unchanged and those waiting. */
    private Plan plan(Session session, SeedOptions options) {
        List<SeedDescriptor> seeds = ordered(environmentSeeds());
        Set<String> notApplied = notApplied(session);
        Map<String, SeedState> states = seeds.isEmpty() ? Map.of() : session.seedStates();
        List<SeedDescriptor> run = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        Map<String, String> waiting = new java.util.LinkedHashMap<>();
        for (SeedDescriptor seed : seeds) {
            String after = afterRevision(seed);
            if (notApplied.contains(after)) {
                waiting.put(seed.id(), after);
            } else if (!options.force() && states.containsKey(seed.id())
                    && states.get(seed.id()).loaded(seed.checksum())) {
                unchanged.add(seed.id());
            } else {
                run.add(seed);
            }
        }
        return new Plan(run, unchanged, waiting);
    }

    /** The seeds for the configured environment: those naming it (any case) and those naming none. */
    private List<SeedDescriptor> environmentSeeds() {
        String environment = commands.settings.environment();
        List<SeedDescriptor> seeds = new ArrayList<>();
        for (SeedDescriptor seed : commands.revisions.seeds()) {
            if (seed.environments().isEmpty() || (environment != null
                    && seed.environments().stream().anyMatch(name -> name.equalsIgnoreCase(environment.trim())))) {
                seeds.add(seed);
            }
        }
        return seeds;
    }

    /** Sorted by the graph's order of their revisions, base first, then by id: the same order on every run. */
    private List<SeedDescriptor> ordered(List<SeedDescriptor> seeds) {
        if (seeds.isEmpty()) {
            return seeds;
        }
        List<String> topDown = commands.map().history();
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < topDown.size(); i++) {
            position.put(topDown.get(i), topDown.size() - i);
        }
        List<SeedDescriptor> sorted = new ArrayList<>(seeds);
        sorted.sort(Comparator.comparing((SeedDescriptor seed) -> position.get(afterRevision(seed)))
                .thenComparing(SeedDescriptor::id));
        return sorted;
    }

    /** The revision a seed loads after: {@code after} as an id, else the revision that declares it as a branch label. */
    private String afterRevision(SeedDescriptor seed) {
        if (commands.revisions.descriptor(seed.after()).isPresent()) {
            return seed.after();
        }
        for (RevisionDescriptor revision : commands.revisions.descriptors()) {
            if (revision.branchLabels().contains(seed.after())) {
                return revision.id();
            }
        }
        throw new MigrationException(Message.UNKNOWN_SEED_AFTER.format(seed.className(), seed.after()));
    }

    /** The revisions of this build the database does not have: pending, or below its rows without having run. */
    private Set<String> notApplied(Session session) {
        Set<String> current = session.currentRows();
        if (commands.standing(session, current) != null) {
            // Ahead of this build: every revision of it is applied.
            return Set.of();
        }
        Set<String> notApplied = new HashSet<>(commands.pending(current));
        notApplied.addAll(commands.unapplied(session, current).ids());
        return notApplied;
    }

    private static String summary(String environment, SeedOptions options, List<String> loaded, Plan plan,
            CommandNames names) {
        String where = environment == null ? "no environment set (only seeds for every environment apply)"
                : "environment " + environment;
        StringBuilder text = new StringBuilder();
        if (!loaded.isEmpty()) {
            text.append("seeded ").append(where).append(": ").append(loaded.size()).append(" seed(s) loaded (")
                    .append(String.join(", ", loaded)).append(')').append(options.append() ? " without cleaning first"
                            : ", each cleaned first");
        } else if (plan.unchanged().isEmpty() && plan.waiting().isEmpty()) {
            text.append("no seed for ").append(where);
        } else {
            text.append("nothing to seed for ").append(where);
        }
        if (!plan.unchanged().isEmpty()) {
            text.append("; ").append(plan.unchanged().size()).append(" loaded already and unchanged (")
                    .append(String.join(", ", plan.unchanged())).append("): to load them again, ")
                    .append(names.seed(options.append(), true)).append(", or start over with ").append(names.reset());
        }
        if (!plan.waiting().isEmpty()) {
            List<String> waiting = new ArrayList<>();
            plan.waiting().forEach((seed, after) -> waiting.add(seed + " after " + after));
            text.append("; ").append(waiting.size()).append(" wait(s) for a revision not applied yet (")
                    .append(String.join(", ", waiting)).append("): ").append(names.upgrade("heads")).append(" first");
        }
        return text.toString();
    }

    private static List<String> ids(List<SeedDescriptor> seeds) {
        return seeds.stream().map(SeedDescriptor::id).toList();
    }
}
