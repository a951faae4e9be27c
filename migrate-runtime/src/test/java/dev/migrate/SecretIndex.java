package dev.migrate;

import dev.migrate.spi.RevisionDescriptor;
import dev.migrate.spi.RevisionIndex;
import java.util.List;

/**
 * One revision that runs the statement {@link #statement} holds: a test sets it to a failing
 * statement that carries a password, and asserts where the password ends up.
 */
public final class SecretIndex implements RevisionIndex {

    /** The statement the revision runs; tests run one at a time. */
    static volatile String statement;

    @Override
    public List<RevisionDescriptor> revisions() {
        return List.of(RevisionDescriptor.of("secret01", "", "", "", "run a statement with a password", false, "s",
                Runs.class.getName()));
    }

    @Override
    public Migration newMigration(int position) {
        return new Runs();
    }

    /** Runs the statement. */
    public static final class Runs implements Migration {
        @Override public void upgrade(Ops op) { op.execute(statement); }
        @Override public void downgrade(Ops op) {}
    }
}
