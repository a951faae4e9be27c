package dev.migrate.schema;

import java.util.Locale;
import java.util.Objects;

/**
 * A column's type, written once and rendered for each database.
 *
 * <table>
 *   <caption>How each type is rendered</caption>
 *   <tr><th>type</th><th>PostgreSQL</th><th>MySQL/MariaDB</th><th>H2</th></tr>
 *   <tr><td>{@link #INTEGER}</td><td>INTEGER</td><td>INTEGER</td><td>INTEGER</td></tr>
 *   <tr><td>{@link #BIGINT}</td><td>BIGINT</td><td>BIGINT</td><td>BIGINT</td></tr>
 *   <tr><td>{@link #SMALLINT}</td><td>SMALLINT</td><td>SMALLINT</td><td>SMALLINT</td></tr>
 *   <tr><td>{@link #varchar(int) varchar(n)}</td><td>VARCHAR(n)</td><td>VARCHAR(n)</td><td>VARCHAR(n)</td></tr>
 *   <tr><td>{@link #TEXT}</td><td>TEXT</td><td>LONGTEXT</td><td>CHARACTER VARYING</td></tr>
 *   <tr><td>{@link #BOOLEAN}</td><td>BOOLEAN</td><td>BOOLEAN (TINYINT(1))</td><td>BOOLEAN</td></tr>
 *   <tr><td>{@link #decimal(int, int) decimal(p, s)}</td><td>NUMERIC(p, s)</td><td>DECIMAL(p, s)</td><td>NUMERIC(p, s)</td></tr>
 *   <tr><td>{@link #DATE}</td><td>DATE</td><td>DATE</td><td>DATE</td></tr>
 *   <tr><td>{@link #TIME}</td><td>TIME</td><td>TIME(6)</td><td>TIME(6)</td></tr>
 *   <tr><td>{@link #TIMESTAMP}</td><td>TIMESTAMP</td><td>DATETIME(6)</td><td>TIMESTAMP</td></tr>
 *   <tr><td>{@link #TIMESTAMP_TZ}</td><td>TIMESTAMP WITH TIME ZONE</td><td>DATETIME(6)</td><td>TIMESTAMP WITH TIME ZONE</td></tr>
 *   <tr><td>{@link #UUID}</td><td>UUID</td><td>CHAR(36)</td><td>UUID</td></tr>
 *   <tr><td>{@link #JSON}</td><td>JSONB</td><td>JSON</td><td>JSON</td></tr>
 *   <tr><td>{@link #BINARY}</td><td>BYTEA</td><td>LONGBLOB</td><td>VARBINARY</td></tr>
 *   <tr><td>{@link #raw(String) raw(sql)}</td><td colspan="3">the SQL as written</td></tr>
 * </table>
 *
 * <p>Times keep microseconds everywhere. MySQL has no type with a time zone: store UTC in a
 * {@code TIMESTAMP_TZ} column there.
 *
 * <pre>{@code
 * Column.of("price", SqlType.decimal(10, 2)).notNull()
 * Column.of("search", SqlType.raw("TSVECTOR"))   // PostgreSQL only
 * }</pre>
 */
public final class SqlType {

    /** The kinds of type; {@link #RAW} is SQL written by the user. */
    public enum Kind {
        /** 32-bit integer. */
        INTEGER,
        /** 64-bit integer. */
        BIGINT,
        /** 16-bit integer. */
        SMALLINT,
        /** Text of at most {@link SqlType#length()} characters. */
        VARCHAR,
        /** Text of any length. */
        TEXT,
        /** True or false. */
        BOOLEAN,
        /** Exact number of {@link SqlType#precision()} digits, {@link SqlType#scale()} after the point. */
        DECIMAL,
        /** A date. */
        DATE,
        /** A time of day, to the microsecond. */
        TIME,
        /** A date and time without a time zone, to the microsecond. */
        TIMESTAMP,
        /** An instant: a date and time with a time zone, to the microsecond. */
        TIMESTAMP_TZ,
        /** A UUID. */
        UUID,
        /** A JSON document. */
        JSON,
        /** Bytes of any length. */
        BINARY,
        /** SQL written by the user: {@link SqlType#sql()}. */
        RAW
    }

    /** 32-bit integer. */
    public static final SqlType INTEGER = new SqlType(Kind.INTEGER, 0, 0, 0, null);
    /** 64-bit integer. */
    public static final SqlType BIGINT = new SqlType(Kind.BIGINT, 0, 0, 0, null);
    /** 16-bit integer. */
    public static final SqlType SMALLINT = new SqlType(Kind.SMALLINT, 0, 0, 0, null);
    /** Text of any length (on MySQL LONGTEXT, which cannot be indexed without a prefix length). */
    public static final SqlType TEXT = new SqlType(Kind.TEXT, 0, 0, 0, null);
    /** True or false. */
    public static final SqlType BOOLEAN = new SqlType(Kind.BOOLEAN, 0, 0, 0, null);
    /** A date. */
    public static final SqlType DATE = new SqlType(Kind.DATE, 0, 0, 0, null);
    /** A time of day, to the microsecond. */
    public static final SqlType TIME = new SqlType(Kind.TIME, 0, 0, 0, null);
    /** A date and time without a time zone, to the microsecond. */
    public static final SqlType TIMESTAMP = new SqlType(Kind.TIMESTAMP, 0, 0, 0, null);
    /** An instant, to the microsecond; on MySQL a DATETIME(6) that should hold UTC. */
    public static final SqlType TIMESTAMP_TZ = new SqlType(Kind.TIMESTAMP_TZ, 0, 0, 0, null);
    /** A UUID (on MySQL CHAR(36)). */
    public static final SqlType UUID = new SqlType(Kind.UUID, 0, 0, 0, null);
    /** A JSON document (on PostgreSQL JSONB). */
    public static final SqlType JSON = new SqlType(Kind.JSON, 0, 0, 0, null);
    /** Bytes of any length. */
    public static final SqlType BINARY = new SqlType(Kind.BINARY, 0, 0, 0, null);

    private final Kind kind;
    private final int length;
    private final int precision;
    private final int scale;
    private final String sql;

    private SqlType(Kind kind, int length, int precision, int scale, String sql) {
        this.kind = kind;
        this.length = length;
        this.precision = precision;
        this.scale = scale;
        this.sql = sql;
    }

    /**
     * Text of at most {@code length} characters.
     *
     * @param length the maximum length, from 1 to 16,383 (MySQL's limit for a utf8mb4 VARCHAR;
     *     use {@link #TEXT} beyond)
     * @return the type
     */
    public static SqlType varchar(int length) {
        if (length < 1 || length > 16_383) {
            throw new IllegalArgumentException("varchar(" + length + "): the length must be from 1 to 16383;"
                    + " use SqlType.TEXT for longer text");
        }
        return new SqlType(Kind.VARCHAR, length, 0, 0, null);
    }

    /**
     * An exact number.
     *
     * @param precision the number of digits, from 1 to 65 (MySQL's limit)
     * @param scale the digits after the decimal point, from 0 to {@code precision} (at most 30)
     * @return the type
     */
    public static SqlType decimal(int precision, int scale) {
        if (precision < 1 || precision > 65 || scale < 0 || scale > precision || scale > 30) {
            throw new IllegalArgumentException("decimal(" + precision + ", " + scale + "): the precision must be"
                    + " from 1 to 65 and the scale from 0 to the precision, at most 30");
        }
        return new SqlType(Kind.DECIMAL, 0, precision, scale, null);
    }

    /**
     * A type written in the database's own SQL, rendered as is on every database: the escape
     * hatch for what the portable types do not cover. It is SQL: never build it from user input.
     *
     * @param sql such as {@code "TSVECTOR"} or {@code "VARCHAR(20) CHARACTER SET ascii"}
     * @return the type
     */
    public static SqlType raw(String sql) {
        Objects.requireNonNull(sql, "sql");
        if (sql.isBlank()) {
            throw new IllegalArgumentException("SqlType.raw(\"\") is empty; give the type's SQL");
        }
        return new SqlType(Kind.RAW, 0, 0, 0, sql.strip());
    }

    /**
     * Which type this is.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The maximum length of a {@link Kind#VARCHAR}.
     *
     * @return the length, 0 for other kinds
     */
    public int length() {
        return length;
    }

    /**
     * The digits of a {@link Kind#DECIMAL}.
     *
     * @return the precision, 0 for other kinds
     */
    public int precision() {
        return precision;
    }

    /**
     * The digits after the point of a {@link Kind#DECIMAL}.
     *
     * @return the scale, 0 for other kinds
     */
    public int scale() {
        return scale;
    }

    /**
     * The SQL of a {@link Kind#RAW} type.
     *
     * @return the SQL, {@code null} for other kinds
     */
    public String sql() {
        return sql;
    }

    /**
     * Whether this is an integer type, which can be an identity column.
     *
     * @return whether this is INTEGER, BIGINT or SMALLINT
     */
    public boolean isInteger() {
        return kind == Kind.INTEGER || kind == Kind.BIGINT || kind == Kind.SMALLINT;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SqlType t && t.kind == kind && t.length == length && t.precision == precision
                && t.scale == scale && Objects.equals(t.sql, sql);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, length, precision, scale, sql);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case VARCHAR -> "varchar(" + length + ")";
            case DECIMAL -> "decimal(" + precision + ", " + scale + ")";
            case RAW -> "raw(" + sql + ")";
            default -> kind.name().toLowerCase(Locale.ROOT);
        };
    }
}
