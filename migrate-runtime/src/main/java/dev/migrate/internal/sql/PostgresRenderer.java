package dev.migrate.internal.sql;

import dev.migrate.schema.AlterColumn;
import dev.migrate.schema.SqlType;
import java.util.function.UnaryOperator;

/** PostgreSQL: standard SQL, partial and concurrent indexes, {@code USING} on a type change. */
public final class PostgresRenderer extends SchemaRenderer {

    /**
     * @param quote PostgreSQL's identifier quoting
     */
    public PostgresRenderer(UnaryOperator<String> quote) {
        super(quote);
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
    protected String stringLiteral(String value) {
        // With standard_conforming_strings off, a backslash in '...' escapes; an E'...' string
        // always reads escapes, so a value with backslashes is exact whatever the setting.
        if (value.indexOf('\\') >= 0) {
            return "E'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
        }
        return Literals.standardString(value);
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
