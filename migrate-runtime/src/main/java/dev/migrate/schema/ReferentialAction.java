package dev.migrate.schema;

/** What a foreign key does to referencing rows when the referenced row is deleted or its key updated. */
public enum ReferentialAction {
    /** Refuse the change at the end of the statement (the databases' default). */
    NO_ACTION("NO ACTION"),
    /** Refuse the change at once. */
    RESTRICT("RESTRICT"),
    /** Delete or update the referencing rows too. */
    CASCADE("CASCADE"),
    /** Set the referencing columns to {@code NULL}. */
    SET_NULL("SET NULL"),
    /** Set the referencing columns to their defaults; MySQL and MariaDB (InnoDB) refuse it. */
    SET_DEFAULT("SET DEFAULT");

    private final String sql;

    ReferentialAction(String sql) {
        this.sql = sql;
    }

    /**
     * The action's SQL.
     *
     * @return such as {@code "SET NULL"}
     */
    public String sql() {
        return sql;
    }
}
