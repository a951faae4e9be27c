package dev.migrate.internal.jdbc;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.internal.db.Dialect;
import dev.migrate.internal.db.TableNames;
import dev.migrate.spi.RevisionDescriptor;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Revisions and queries shared by the JDBC tests. */
final class Fixtures {

    private Fixtures() {}

    /** A revision body. */
    interface Body {
        void run(Ops op) throws Exception;
    }

    static Migration migration(Body up, Body down) {
        return new Migration() {
            @Override
            public void upgrade(Ops op) throws Exception {
                up.run(op);
            }

            @Override
            public void downgrade(Ops op) throws Exception {
                down.run(op);
            }
        };
    }

    static RevisionDescriptor revision(String id, boolean transactional) {
        return new RevisionDescriptor(id, List.of(), List.of(), List.of(), "message of " + id, transactional,
                "c0ffee" + id, "test.Revision_" + id);
    }

    /** Whether a query on the table works, i.e. the table exists and is visible. */
    static boolean tableExists(Connection c, String qualifiedName) {
        try (Statement s = c.createStatement(); ResultSet ignored = s.executeQuery("SELECT * FROM " + qualifiedName + " WHERE 1 = 0")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Every history row, oldest first, as column name to value (names lower case). */
    static List<Map<String, Object>> historyRows(Connection c, Dialect dialect, TableNames names) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        String sql = "SELECT id, revision, direction, message, checksum, status, started_at, duration_ms, error,"
                + " installed_by, in_transaction FROM " + dialect.qualify(names.schema(), names.historyTable())
                + " ORDER BY id";
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", r.getLong(1));
                row.put("revision", r.getString(2));
                row.put("direction", r.getString(3));
                row.put("message", r.getString(4));
                row.put("checksum", r.getString(5));
                row.put("status", r.getString(6));
                row.put("started_at", dialect.readTimestamp(r, 7));
                row.put("duration_ms", r.getLong(8));
                row.put("error", r.getString(9));
                row.put("installed_by", r.getString(10));
                row.put("in_transaction", r.getBoolean(11));
                rows.add(row);
            }
        }
        return rows;
    }
}
