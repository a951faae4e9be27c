package dev.migrate.internal.command;

import dev.migrate.internal.engine.Standing;
import dev.migrate.internal.offline.Scripts;
import java.util.Objects;
import java.util.Set;

/** The SQL script of an upgrade or downgrade from the revisions a database is at now; the database is only read. */
public final class ScriptCommand {

    private final Commands commands;

    public ScriptCommand(Commands commands) {
        this.commands = commands;
    }

    /** The script to {@code target}: up for an upgrade, else a downgrade. */
    public String script(String target, boolean up) {
        Objects.requireNonNull(target, "target");
        try (Session session = commands.read()) {
            Set<String> current = session.currentRows();
            String title = (up ? "upgrade " : "downgrade ") + (current.isEmpty() ? "base" : String.join(",", current))
                    + ":" + target;
            Standing ahead = commands.standing(session, current);
            String planned = target;
            if (ahead != null) {
                if (!up) {
                    throw ahead.refusal("downgrade", false);
                }
                ahead.requireWithinBuild(target);
                // Every revision of this build is applied: the script has nothing to do.
                current = Set.copyOf(commands.heads);
                planned = "heads";
            }
            return new Scripts(commands.revisions, commands.map(), commands.tables).write(session.dialect(), title,
                    current, planned, up, up && current.isEmpty(), session.previousLayout());
        }
    }
}
