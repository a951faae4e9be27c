package db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

/** Runs scripts: one next to the class, one from the class path's root, one named by a constant. */
@Revision(id = "r1", message = "reports")
public final class Reports implements Migration {
    static final String UNDO = "reports_undo.sql";

    @Override
    public void upgrade(Ops op) {
        op.executeScript("reports.sql");
        op.executeScript("/shared/common.sql");
    }

    @Override
    public void downgrade(Ops op) {
        op.executeScript(UNDO);
    }
}
