package dev.migrate.internal.command;

import dev.migrate.VerifyResult;
import dev.migrate.internal.engine.PlannedStep;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Verify: runs every applied revision's verify again, read-only, without the lock. */
public final class VerifyCommand {

    private final Commands commands;

    public VerifyCommand(Commands commands) {
        this.commands = commands;
    }

    public VerifyResult verify() {
        try (Session session = commands.read()) {
            // The applied revisions are those a downgrade to base would revert; applied in the reverse order.
            List<String> applied = new ArrayList<>();
            for (PlannedStep step : commands.map().downgrade(session.currentRows(), "base")) {
                applied.add(step.revisionId());
            }
            Collections.reverse(applied);
            Map<String, String> failed = new LinkedHashMap<>();
            for (String id : applied) {
                String why = session.verify(id, commands.revisions.newMigration(id));
                if (why != null) {
                    failed.put(id, why);
                }
            }
            return new VerifyResult(applied, failed);
        }
    }
}
