package dev.migrate.lint;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The lint rules, each with its id (as {@link dev.migrate.Allow} and the severity settings name
 * it), its default severity and how to make the change safely: the expand/contract pattern of
 * adding, backfilling, switching and dropping in a later release.
 */
public enum Rule {
    /** A table is dropped. */
    DROP_TABLE("drop-table", Severity.ERROR, "stop using the table in the code and release that first; drop it in a"
            + " revision of a later release (expand/contract), after a backup of its rows if they may be needed"),
    /** A column is dropped. */
    DROP_COLUMN("drop-column", Severity.ERROR, "stop reading and writing the column in the code and release that"
            + " first; drop it in a revision of a later release (expand/contract)"),
    /** A table that the project's JPA entities still map is dropped or renamed away (Maven's lint only). */
    DROP_TABLE_IN_USE("drop-table-in-use", Severity.ERROR, "the entities of this build still map the table, so the"
            + " application fails once it is gone: first stop mapping it in the entity and release that; drop it in"
            + " a revision of a later release (expand/contract)"),
    /** A column that the project's JPA entities still map is dropped or renamed away (Maven's lint only). */
    DROP_COLUMN_IN_USE("drop-column-in-use", Severity.ERROR, "the entities of this build still map the column, so"
            + " the application fails once it is gone: first stop mapping it in the entity (remove the field or"
            + " mark it @Transient) and release that; drop it in a revision of a later release (expand/contract)"),
    /** {@code DELETE} without {@code WHERE}, in plain SQL. */
    DELETE_WITHOUT_WHERE("delete-without-where", Severity.ERROR, "it deletes every row: add a WHERE clause that names"
            + " the rows to delete"),
    /** {@code TRUNCATE}, in plain SQL. */
    TRUNCATE("truncate", Severity.ERROR, "it deletes every row: delete the rows that must go with a WHERE clause,"
            + " or drop the table in a later release once no code uses it"),
    /** A table is renamed. */
    RENAME_TABLE("rename-table", Severity.ERROR, "running code still uses the old name: create the new table, write"
            + " to both, backfill, switch reads, and drop the old table in a later release (expand/contract)"),
    /** A column is renamed. */
    RENAME_COLUMN("rename-column", Severity.ERROR, "running code still uses the old name: add the new column, write"
            + " to both, backfill, switch reads, and drop the old column in a later release (expand/contract)"),
    /** A column's type gets narrower than it was. */
    NARROWING_TYPE("narrowing-type", Severity.ERROR, "values that do not fit make it fail or are cut: add a column of"
            + " the new type, backfill it with checked values, switch the code, and drop the old column later"),
    /** A {@code NOT NULL} column without a default is added to an existing table, or a column is made {@code NOT NULL}. */
    NOT_NULL_WITHOUT_DEFAULT("not-null-without-default", Severity.ERROR, "it fails on existing rows and breaks running"
            + " code that does not write the column: add it nullable (or with a default), backfill, and make it"
            + " NOT NULL in a later revision once every writer sets it"),
    /** PostgreSQL: an index is built on an existing table without {@code CONCURRENTLY}. */
    INDEX_NOT_CONCURRENT("index-not-concurrent", Severity.ERROR, "CREATE INDEX blocks writes to the table while it"
            + " builds: use Index.concurrently() in a revision with @Revision(transactional = false)"),
    /** PostgreSQL: a foreign key or check is added to an existing table without {@code NOT VALID}. */
    CONSTRAINT_NOT_VALID("constraint-not-valid", Severity.ERROR, "adding it checks every row under a lock that"
            + " blocks writes; Ops has no NOT VALID: op.execute(\"ALTER TABLE ... ADD CONSTRAINT ... NOT VALID\")"
            + " here, and op.execute(\"ALTER TABLE ... VALIDATE CONSTRAINT ...\") in a later revision"),
    /** PostgreSQL: a type change that rewrites the whole table. */
    TYPE_REWRITE("type-rewrite", Severity.ERROR, "the change rewrites the table under an ACCESS EXCLUSIVE lock: add a"
            + " column of the new type, backfill it in batches, switch the code, and drop the old column later"),
    /** MySQL/MariaDB: schema changes and data changes in one revision. */
    MIXED_DDL_AND_DATA("mixed-ddl-and-data", Severity.ERROR, "MySQL and MariaDB commit each schema change at once, so"
            + " a failure leaves the revision half-applied: put the data migration in a revision of its own"),
    /** SQL that lint could not read: not checked by the other rules. */
    UNCHECKED("unchecked", Severity.WARN, "review it by hand, or write it with the typed Ops methods");

    private final String id;
    private final Severity defaultSeverity;
    private final String safely;

    Rule(String id, Severity defaultSeverity, String safely) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
        this.safely = safely;
    }

    /**
     * The rule's id, such as {@code drop-column}.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * The severity unless the project sets another.
     *
     * @return the default severity
     */
    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /**
     * How to make the change safely.
     *
     * @return the advice
     */
    public String safely() {
        return safely;
    }

    /**
     * Every rule's id, for messages that say which exist.
     *
     * @return such as {@code drop-table, drop-column, ...}, in declaration order
     */
    public static String idList() {
        return String.join(", ", Arrays.stream(values()).map(Rule::id).toList());
    }

    /**
     * The rule of an id.
     *
     * @param id a rule id, in any case
     * @return the rule, or empty when no rule has that id
     */
    public static Optional<Rule> byId(String id) {
        String wanted = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(rule -> rule.id.equals(wanted)).findFirst();
    }
}
