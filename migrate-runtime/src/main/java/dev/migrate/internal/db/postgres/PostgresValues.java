package dev.migrate.internal.db.postgres;

import dev.migrate.internal.sql.ValueRenderer;

/** PostgreSQL's values: a string with backslashes as an {@code E'...'} literal. */
final class PostgresValues extends ValueRenderer {

    @Override
    protected String stringLiteral(String value) {
        // With standard_conforming_strings off, a backslash in '...' escapes; an E'...' string
        // always reads escapes, so a value with backslashes is exact whatever the setting.
        if (value.indexOf('\\') >= 0) {
            return "E'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
        }
        return super.stringLiteral(value);
    }
}
