package dev.migrate.internal.schema;

import dev.migrate.schema.SqlType;
import java.sql.Types;
import java.util.Locale;

/**
 * The portable {@link SqlType} of a column described in JDBC's terms (a {@link Types} code, the
 * database's type name, a size and a scale): the one mapping for both sides of a comparison, the
 * columns a database reports and the columns a model expects, so that the two compare alike. A
 * type with no portable equivalent becomes {@link SqlType#raw(String)}.
 */
public final class JdbcTypes {

    /** MySQL's limit for a utf8mb4 VARCHAR, {@link SqlType#varchar(int)}'s too; longer text is TEXT. */
    private static final int MAX_VARCHAR = 16_383;

    private JdbcTypes() {}

    /**
     * The portable type.
     *
     * @param database the database's product name in lower case ({@code h2}, {@code postgresql},
     *     {@code mysql}, {@code mariadb}), for the few types it spells its own way
     * @param code the {@link Types} code
     * @param typeName the database's name of the type, such as {@code CHARACTER VARYING} or {@code uuid}
     * @param size the length of character types, the precision of decimals; 0 when unknown
     * @param scale the scale of decimals
     * @param raw the SQL of the type when it has no portable equivalent, or {@code null} for the
     *     type name with its size
     * @return the type
     */
    public static SqlType sqlType(String database, int code, String typeName, long size, int scale, String raw) {
        String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT).strip();
        if (name.equals("uuid")) {
            return SqlType.UUID;
        }
        if (name.equals("json") || name.equals("jsonb")) {
            return SqlType.JSON;
        }
        if (name.equals("timestamptz") || name.startsWith("timestamp with time zone")) {
            return SqlType.TIMESTAMP_TZ;
        }
        if (name.endsWith("text")) {
            return SqlType.TEXT;
        }
        if (name.startsWith("enum")) {
            // An enum type's values are not compared: the database names the type ENUM, the model lists them.
            return SqlType.raw(raw != null && !raw.isBlank() ? raw : typeName);
        }
        switch (code) {
            case Types.BIGINT:
                return SqlType.BIGINT;
            case Types.INTEGER:
                return SqlType.INTEGER;
            case Types.SMALLINT:
                return SqlType.SMALLINT;
            case Types.BOOLEAN:
                return SqlType.BOOLEAN;
            case Types.BIT:
                if (size <= 1) {
                    return SqlType.BOOLEAN;
                }
                break;
            case Types.VARCHAR, Types.NVARCHAR:
                return size <= 0 || size > MAX_VARCHAR ? SqlType.TEXT : SqlType.varchar((int) size);
            case Types.LONGVARCHAR, Types.LONGNVARCHAR, Types.CLOB, Types.NCLOB:
                return SqlType.TEXT;
            case Types.NUMERIC, Types.DECIMAL:
                if (size >= 1 && size <= 65 && scale >= 0 && scale <= size && scale <= 30) {
                    return SqlType.decimal((int) size, scale);
                }
                break;
            case Types.DATE:
                return SqlType.DATE;
            case Types.TIME, Types.TIME_WITH_TIMEZONE:
                return SqlType.TIME;
            case Types.TIMESTAMP:
                return SqlType.TIMESTAMP;
            case Types.TIMESTAMP_WITH_TIMEZONE:
                return SqlType.TIMESTAMP_TZ;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB:
                return SqlType.BINARY;
            case Types.DOUBLE:
                return SqlType.raw("DOUBLE PRECISION");
            case Types.FLOAT, Types.REAL:
                // MySQL reads REAL as DOUBLE unless told otherwise; FLOAT is its 4-byte type.
                return SqlType.raw(database.startsWith("m") ? "FLOAT" : "REAL");
            case Types.CHAR, Types.NCHAR:
                return SqlType.raw("CHAR(" + Math.max(1, size) + ")");
            default:
                break;
        }
        if (raw != null && !raw.isBlank()) {
            return SqlType.raw(raw);
        }
        return SqlType.raw(size > 0 && (code == Types.BIT || code == Types.TINYINT && size > 4)
                ? typeName + "(" + size + ")" : typeName);
    }

    /**
     * A text that two types share when a database stores them alike: MySQL has no time zones nor
     * UUIDs (a {@code TIMESTAMP_TZ} is a {@code DATETIME(6)} there, a {@code UUID} a {@code
     * CHAR(36)}), MariaDB's JSON is text, binary lengths and enum values are not compared, and raw
     * types compare without case or extra spaces.
     *
     * @param database the database's product name in lower case
     * @param type the type
     * @return a text equal for types stored alike
     */
    public static String comparable(String database, SqlType type) {
        boolean mysql = database.equals("mysql") || database.equals("mariadb");
        return switch (type.kind()) {
            case TIMESTAMP_TZ -> mysql ? "timestamp" : "timestamp_tz";
            case UUID -> mysql ? "char(36)" : "uuid";
            case JSON -> database.equals("mariadb") ? "text" : "json";
            case RAW -> type.sql().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")
                    .replaceAll("^(tinyint\\(1\\)|bit\\(1\\)|bit)$", "boolean")
                    .replaceAll("^(bytea|.*binary.*|.*blob.*)$", "binary")
                    .replaceAll("^character\\((\\d+)\\)$", "char($1)")
                    .replaceAll("^enum\\b.*$", "enum");
            default -> type.toString();
        };
    }
}
