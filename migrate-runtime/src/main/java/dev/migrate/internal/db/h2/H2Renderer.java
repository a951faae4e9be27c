package dev.migrate.internal.db.h2;

import dev.migrate.internal.sql.SchemaRenderer;
import dev.migrate.internal.sql.ScriptSyntax;
import dev.migrate.internal.sql.ValueRenderer;
import dev.migrate.schema.SqlType;
import java.util.function.UnaryOperator;

/** H2 2.x: standard SQL, without partial or concurrent indexes. */
public final class H2Renderer extends SchemaRenderer {

    /**
     * @param quote H2's identifier quoting
     */
    public H2Renderer(UnaryOperator<String> quote) {
        super(quote, new ValueRenderer());
    }

    @Override
    protected String type(SqlType type) {
        return switch (type.kind()) {
            // CHARACTER VARYING without a length holds up to 10^9 characters and, unlike a CLOB,
            // can be compared and indexed: PostgreSQL's TEXT.
            case TEXT -> "CHARACTER VARYING";
            // H2's TIME defaults to whole seconds; the others keep microseconds.
            case TIME -> "TIME(6)";
            default -> super.type(type);
        };
    }

    @Override
    public ScriptSyntax scriptSyntax() {
        return ScriptSyntax.H2;
    }
}
