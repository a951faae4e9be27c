package db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

/** Revisions may be static nested classes. */
public final class Audit {
    private Audit() {}

    @Revision(id = "7d41c0e9a3b5", revises = "3f2a9c1d7b04", message = "add audit log", transactional = false)
    public static final class AddAuditLog implements Migration {
        @Override
        public void upgrade(Ops op) {
            op.execute("CREATE TABLE audit_log (id BIGINT)");
        }

        @Override
        public void downgrade(Ops op) {
            op.execute("DROP TABLE audit_log");
        }
    }
}
