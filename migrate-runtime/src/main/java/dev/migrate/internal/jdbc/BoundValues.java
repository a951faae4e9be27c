package dev.migrate.internal.jdbc;

import dev.migrate.internal.db.Dialect;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** {@link SqlValues} as parameters: each value is a {@code ?}, bound in order by {@link #bind}. */
final class BoundValues implements SqlValues {

    private final Dialect dialect;
    private final List<Binder> binders = new ArrayList<>();

    BoundValues(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public String string(String value) {
        return add((s, i) -> s.setString(i, value));
    }

    @Override
    public String number(long value) {
        return add((s, i) -> s.setLong(i, value));
    }

    @Override
    public String bool(boolean value) {
        return add((s, i) -> s.setBoolean(i, value));
    }

    @Override
    public String timestamp(Instant value) {
        return add((s, i) -> dialect.bindTimestamp(s, i, value));
    }

    @Override
    public String user(String value) {
        return string(value);
    }

    /** Binds every value given so far, in order, from parameter 1. */
    void bind(PreparedStatement statement) throws SQLException {
        for (int i = 0; i < binders.size(); i++) {
            binders.get(i).bind(statement, i + 1);
        }
    }

    private String add(Binder binder) {
        binders.add(binder);
        return "?";
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement, int index) throws SQLException;
    }
}
