package dev.migrate;

import dev.migrate.spi.RevisionDescriptor;
import java.util.ArrayList;
import java.util.List;

/**
 * A revision of the process tests: creates a table of its own, adds a row naming itself and the
 * process that runs it ({@link MigrateChild#name()}) to {@code applied_log}, then does its extra
 * part, such as a pause.
 */
final class LoggedRevision implements Migration {

    /** The table the process tests create before any run: one row per execution of a revision. */
    static final String APPLIED_LOG = "CREATE TABLE applied_log (revision VARCHAR(16) NOT NULL, process VARCHAR(16) NOT NULL)";

    /** What a revision does after logging itself. */
    interface Then {
        void run() throws Exception;
    }

    private final String id;
    private final Then then;

    LoggedRevision(String id, Then then) {
        this.id = id;
        this.then = then;
    }

    /** Revisions with these ids, each revising the one before. */
    static List<RevisionDescriptor> chain(List<String> ids) {
        List<RevisionDescriptor> chain = new ArrayList<>();
        String parent = "";
        for (String id : ids) {
            chain.add(RevisionDescriptor.of(id, parent, "", "", "logged " + id, true, "sum-" + id,
                    LoggedRevision.class.getName()));
            parent = id;
        }
        return chain;
    }

    @Override
    public void upgrade(Ops op) throws Exception {
        op.execute("CREATE TABLE work_" + id + " (id INT)");
        op.execute("INSERT INTO applied_log (revision, process) VALUES ('" + id + "', '" + MigrateChild.name() + "')");
        then.run();
    }

    @Override
    public void downgrade(Ops op) {
        op.execute("DROP TABLE work_" + id);
    }
}
