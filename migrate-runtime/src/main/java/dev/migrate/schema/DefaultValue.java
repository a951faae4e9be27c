package dev.migrate.schema;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A column's server-side default: a literal value, rendered as a safely quoted literal; the
 * current time; or an SQL expression written by the user.
 *
 * <pre>{@code
 * Column.of("active", SqlType.BOOLEAN).notNull().defaultValue(true)
 * Column.of("created_at", SqlType.TIMESTAMP_TZ).defaultValue(DefaultValue.currentTimestamp())
 * Column.of("code", SqlType.varchar(8)).defaultValue(DefaultValue.expression("'A' || 'B'"))
 * }</pre>
 */
public final class DefaultValue {

    /** The kinds of default. */
    public enum Kind {
        /** A value: {@link DefaultValue#value()}. */
        LITERAL,
        /** The time of the insert: {@code CURRENT_TIMESTAMP}, at the column's precision. */
        CURRENT_TIMESTAMP,
        /** SQL written by the user: {@link DefaultValue#expression()}. */
        EXPRESSION
    }

    private static final DefaultValue CURRENT = new DefaultValue(Kind.CURRENT_TIMESTAMP, null);

    private final Kind kind;
    private final Object value;

    private DefaultValue(Kind kind, Object value) {
        this.kind = kind;
        this.value = value;
    }

    /**
     * A literal value, rendered as a quoted and escaped literal, never as raw SQL.
     *
     * @param value a {@link String}, {@link Boolean}, {@link Integer}, {@link Long}, {@link Short},
     *     {@link Byte}, {@link BigInteger}, {@link BigDecimal}, finite {@link Double} or {@link
     *     Float}, {@link LocalDate}, {@link LocalTime}, {@link LocalDateTime} or {@link UUID}
     * @return the default
     * @throws IllegalArgumentException for another type: use {@link #expression(String)} then
     */
    public static DefaultValue of(Object value) {
        Objects.requireNonNull(value, "value: for no default, leave the default out");
        if (value instanceof DefaultValue given) {
            return given;
        }
        boolean supported = value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger || value instanceof BigDecimal || value instanceof LocalDate
                || value instanceof LocalTime || value instanceof LocalDateTime || value instanceof UUID
                || ((value instanceof Double || value instanceof Float) && Double.isFinite(((Number) value).doubleValue()));
        if (!supported) {
            throw new IllegalArgumentException("A default of type " + value.getClass().getName() + " (" + value
                    + ") cannot be rendered as a literal; use DefaultValue.expression(sql)");
        }
        return new DefaultValue(Kind.LITERAL, value);
    }

    /**
     * The time of the insert: {@code CURRENT_TIMESTAMP}; on MySQL at the column's microsecond
     * precision ({@code CURRENT_TIMESTAMP(6)}), as MySQL requires.
     *
     * @return the default
     */
    public static DefaultValue currentTimestamp() {
        return CURRENT;
    }

    /**
     * An SQL expression, rendered as written (in parentheses where the database needs them). It is
     * SQL: never build it from user input.
     *
     * @param sql such as {@code "gen_random_uuid()"}
     * @return the default
     */
    public static DefaultValue expression(String sql) {
        Objects.requireNonNull(sql, "sql");
        if (sql.isBlank()) {
            throw new IllegalArgumentException("DefaultValue.expression(\"\") is empty; give the expression's SQL");
        }
        return new DefaultValue(Kind.EXPRESSION, sql.strip());
    }

    /**
     * Which kind of default this is.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The value of a {@link Kind#LITERAL}.
     *
     * @return the value, {@code null} for other kinds
     */
    public Object value() {
        return kind == Kind.LITERAL ? value : null;
    }

    /**
     * The SQL of an {@link Kind#EXPRESSION}.
     *
     * @return the SQL, {@code null} for other kinds
     */
    public String expression() {
        return kind == Kind.EXPRESSION ? (String) value : null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DefaultValue d && d.kind == kind && Objects.equals(d.value, value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, value);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case LITERAL -> "literal(" + value + ")";
            case CURRENT_TIMESTAMP -> "currentTimestamp()";
            case EXPRESSION -> "expression(" + value + ")";
        };
    }
}
