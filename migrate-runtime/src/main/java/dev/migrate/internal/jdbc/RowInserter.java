package dev.migrate.internal.jdbc;

import dev.migrate.internal.sql.SchemaRenderer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Inserts rows with one prepared statement, its parameters bound, in batches. */
final class RowInserter {

    /** Rows per round trip: large enough to amortise it, small enough for any driver's buffers. */
    static final int BATCH = 500;

    private RowInserter() {}

    static void insert(Connection connection, SchemaRenderer renderer, String sql, List<List<Object>> rows)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int pending = 0;
            for (List<Object> row : rows) {
                for (int i = 0; i < row.size(); i++) {
                    insert.setObject(i + 1, renderer.values().bindable(row.get(i)));
                }
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }
}
