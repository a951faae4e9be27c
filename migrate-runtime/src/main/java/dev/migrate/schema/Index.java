package dev.migrate.schema;

import java.util.List;
import java.util.Objects;

/**
 * An index, for {@link dev.migrate.Ops#createIndex}. Immutable: each method returns a changed copy.
 *
 * <pre>{@code
 * Index.of("ix_orders_customer", "orders", "customer_id")
 * Index.of("ux_users_email", "users", "email").unique()
 * Index.of("ix_orders_open", "orders", "created_at").where("closed_at IS NULL")     // PostgreSQL only
 * Index.of("ix_events_at", "events", "at").concurrently()                          // PostgreSQL only
 * }</pre>
 *
 * @param name the index's name
 * @param table the indexed table
 * @param columns the indexed columns, in order
 * @param isUnique whether the indexed values are unique
 * @param condition the SQL condition of a partial index ({@code WHERE}), or {@code null}
 * @param isConcurrent whether PostgreSQL builds it without locking writes ({@code CONCURRENTLY})
 */
public record Index(String name, String table, List<String> columns, boolean isUnique, String condition,
        boolean isConcurrent) {

    /** Checks the definition and copies the list. */
    public Index {
        Identifiers.check("Index name", name);
        Identifiers.check("Table name", table);
        columns = Identifiers.checkAll("index columns", columns);
        if (condition != null && condition.isBlank()) {
            throw new IllegalArgumentException("Index \"" + name + "\" has an empty where condition; give its SQL");
        }
    }

    /**
     * A plain index.
     *
     * @param name the index's name
     * @param table the table
     * @param columns the columns, in order
     * @return the index
     */
    public static Index of(String name, String table, String... columns) {
        return new Index(name, table, List.of(columns), false, null, false);
    }

    /**
     * The same index, unique.
     *
     * @return the changed copy
     */
    public Index unique() {
        return new Index(name, table, columns, true, condition, isConcurrent);
    }

    /**
     * The same index, partial: only rows meeting {@code sql} are indexed. PostgreSQL only; the
     * condition is SQL, rendered as written: never build it from user input.
     *
     * @param sql the condition, such as {@code "deleted_at IS NULL"}
     * @return the changed copy
     */
    public Index where(String sql) {
        return new Index(name, table, columns, isUnique, Objects.requireNonNull(sql, "sql").strip(), isConcurrent);
    }

    /**
     * The same index, built by PostgreSQL without locking writes ({@code CREATE INDEX
     * CONCURRENTLY}). PostgreSQL only, and only in a revision declared with {@code
     * @Revision(transactional = false)}, since it cannot run in a transaction.
     *
     * @return the changed copy
     */
    public Index concurrently() {
        return new Index(name, table, columns, isUnique, condition, true);
    }
}
