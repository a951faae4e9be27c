package dev.migrate.internal.jdbc;

import dev.migrate.internal.db.Dialect;
import dev.migrate.internal.sql.SchemaRenderer;
import java.time.Instant;

/**
 * {@link SqlValues} as literals for an SQL script, strings escaped by the dialect's renderer. The
 * time and the user are the database's own when the script runs, which also keeps a script the
 * same each time it is written.
 */
public final class LiteralValues implements SqlValues {

    private final Dialect dialect;
    private final SchemaRenderer renderer;

    public LiteralValues(Dialect dialect) {
        this.dialect = dialect;
        this.renderer = dialect.renderer();
    }

    @Override
    public String string(String value) {
        return value == null ? "NULL" : renderer.values().literal(value);
    }

    @Override
    public String number(long value) {
        return Long.toString(value);
    }

    @Override
    public String bool(boolean value) {
        return renderer.values().literal(value);
    }

    @Override
    public String timestamp(Instant value) {
        return dialect.currentTimestamp();
    }

    @Override
    public String user(String value) {
        return dialect.currentUser();
    }
}
