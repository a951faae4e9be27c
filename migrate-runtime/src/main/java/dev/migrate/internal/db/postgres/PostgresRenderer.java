package dev.migrate.internal.db.postgres;

import dev.migrate.internal.sql.SchemaRenderer;
import dev.migrate.internal.sql.ScriptSyntax;
import dev.migrate.schema.AlterColumn;
import dev.migrate.schema.SqlType;
import java.util.function.UnaryOperator;

/** PostgreSQL: standard SQL, partial and concurrent indexes, {@code USING} on a type change. */
public final class PostgresRenderer extends SchemaRenderer {

    /**
     * @param quote PostgreSQL's identifier quoting
     */
    public PostgresRenderer(UnaryOperator<String> quote) {
        super(quote, new PostgresValues());
    }

    @Override
    protected String type(SqlType type) {
        return switch (type.kind()) {
            // JSONB rather than JSON: it can be compared, indexed and deduplicated.
            case JSON -> "JSONB";
            case BINARY -> "BYTEA";
            default -> super.type(type);
        };
    }

    @Override
    public ScriptSyntax scriptSyntax() {
        return ScriptSyntax.POSTGRESQL;
    }

    @Override
    protected boolean supportsPartialIndexes() {
        return true;
    }

    @Override
    protected boolean supportsConcurrentIndexes() {
        return true;
    }

    @Override
    protected String typeChange(AlterColumn change) {
        return "TYPE " + type(change.newType()) + (change.using() == null ? "" : " USING " + change.using());
    }
}
