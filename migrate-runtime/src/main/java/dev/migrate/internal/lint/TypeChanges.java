package dev.migrate.internal.lint;

import dev.migrate.schema.SqlType;
import dev.migrate.schema.SqlType.Kind;
import java.util.List;

/** Which type changes lose values, and which make PostgreSQL rewrite the table. */
final class TypeChanges {

    private static final List<Kind> INTEGERS = List.of(Kind.SMALLINT, Kind.INTEGER, Kind.BIGINT);

    private TypeChanges() {}

    /** Whether some values of the old type do not fit the new one. */
    static boolean narrows(SqlType old, SqlType type) {
        if (old.kind() == Kind.VARCHAR && type.kind() == Kind.VARCHAR) {
            return type.length() < old.length();
        }
        if (old.kind() == Kind.TEXT && type.kind() == Kind.VARCHAR) {
            return true;
        }
        if (INTEGERS.contains(old.kind()) && INTEGERS.contains(type.kind())) {
            return INTEGERS.indexOf(type.kind()) < INTEGERS.indexOf(old.kind());
        }
        if (old.kind() == Kind.DECIMAL && type.kind() == Kind.DECIMAL) {
            return type.scale() < old.scale() || type.precision() - type.scale() < old.precision() - old.scale();
        }
        if (old.isInteger() && type.kind() == Kind.DECIMAL) {
            return type.precision() - type.scale() < 19;
        }
        return false;
    }

    /**
     * Whether PostgreSQL rewrites the table: every change but a longer {@code varchar}, {@code varchar}
     * to {@code text}, and a {@code numeric} of more digits at the same scale (PostgreSQL's
     * binary-coercible changes).
     */
    static boolean rewrites(SqlType old, SqlType type) {
        if (old.kind() == Kind.VARCHAR) {
            return !(type.kind() == Kind.TEXT || type.kind() == Kind.VARCHAR && type.length() >= old.length());
        }
        if (old.kind() == Kind.DECIMAL && type.kind() == Kind.DECIMAL) {
            return type.scale() != old.scale() || type.precision() < old.precision();
        }
        return true;
    }
}
