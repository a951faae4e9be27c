package dev.migrate.internal.sql;

import java.util.Locale;

/** The wording of every message about schema operations, rendered or run. */
public enum OpsMessage {
    /** Args: the subject ("Revision a1", "Seed users"), operation, database, reason. */
    UNSUPPORTED("%s cannot run %s on %s: %s"),
    /** Args: the subject ("Revision a1", "Seed users"), operation, reason. */
    INVALID("%s cannot run %s: %s"),
    /** Args: the subject ("Revision a1", "Seed users"), operation. */
    CONCURRENTLY_IN_TRANSACTION("%s runs in a transaction, but %s builds the index concurrently, which"
            + " PostgreSQL cannot do in a transaction; declare the revision with @Revision(transactional = false),"
            + " and keep its other operations in revisions of their own"),
    /** Args: the subject ("Revision a1", "Seed users"), operation, path, resolved resource, resolved resource. */
    SCRIPT_MISSING("%s cannot run %s: there is no resource %s on the class path (looked for %s); put the"
            + " script next to the revision's class (src/main/resources/%s in a Maven project)"),
    /** Args: the subject ("Revision a1", "Seed users"), operation, the path, its module, the resource, its package. */
    SCRIPT_MISSING_IN_MODULE("%s cannot run %s: there is no resource %s in its module %s or on the class"
            + " path (looked for %s); put the script next to the revision's class, and open its package to the"
            + " runtime in module-info.java: opens %s to dev.migrate;"),
    /** Args: the subject ("Revision a1", "Seed users"), operation, the failure. */
    SCRIPT_UNREADABLE("%s cannot run %s: the script cannot be read: %s"),
    /** Args: the subject ("Revision a1", "Seed users"), operation, what failed. */
    LOOKUP_FAILED("%s cannot run %s: the database's metadata cannot be read: %s"),
    /** Args: the subject ("Revision a1", "Seed users"), operation; for an Ops that writes a script instead of running it (offline). */
    ONLINE_ONLY("%s calls %s, which asks the database, but an SQL script is being written without one;"
            + " run the revision online, or write it without that call"),
    /** Args: the value's class. */
    NO_LITERAL("a value of type %s cannot be written into an SQL script; give a string, a number, a boolean, a"
            + " UUID or a LocalDate/LocalTime/LocalDateTime, or insert it with execute(...)"),
    /** Args: the failure, the statement's number, the script's resource. */
    IN_SCRIPT("%s%n(statement %d of %s)"),
    /** Args: the subject ("Revision a1", "Seed users"), method. */
    CONNECTION_MANAGED("%s called %s on the connection from Ops.connection(); migrate commits or rolls"
            + " back the revision with its bookkeeping, so leave the transaction alone"),

    /** Args: table. */
    NO_COLUMNS("table \"%s\" has no columns; add at least one with column(...)"),
    /** Args: what (such as "primary key"), column, table. */
    UNKNOWN_COLUMN("the %s names the column \"%s\", which table \"%s\" does not define; fix the name or add the column"),
    /** Args: kind (such as "unique constraint"), name. */
    NAME_TOO_LONG("the conventional name of the %s, \"%s\", is longer than 63 bytes; give it a name with named(...)"),
    /** Args: column. */
    NOTHING_TO_CHANGE("nothing is changed in column \"%s\"; call type, nullable, defaultValue, dropDefault or renameTo"),
    /** Args: column. */
    EXISTING_NEEDED("changing the type or nullability of column \"%s\" needs the column as it is now (MySQL redefines"
            + " a column whole and would lose what is not restated); use AlterColumn.of(Column.of(...)) with its"
            + " current type, nullability and default"),
    /** Args: column, the problem. */
    BAD_RESULT("column \"%s\" cannot be changed that way: %s"),
    /** No args. */
    PARTIAL_INDEX("partial indexes (where) exist only on PostgreSQL; index all rows, or create the index with"
            + " execute(...) for this database"),
    /** No args. */
    CONCURRENT_INDEX("concurrently() is PostgreSQL's (CREATE INDEX CONCURRENTLY); leave it out on this database"),
    /** No args. */
    SET_DEFAULT_ACTION("InnoDB refuses ON DELETE/ON UPDATE SET DEFAULT; use SET NULL, CASCADE, RESTRICT or NO ACTION"),
    /** Args: column. */
    AUTO_INCREMENT_KEY("the identity column \"%s\" must be the first column of the primary key or of a unique"
            + " constraint (AUTO_INCREMENT needs a key); make it the key"),
    /** Args: what (such as "primary key"), column, its type. */
    UNINDEXABLE("the %s includes the column \"%s\" of type %s, which MySQL can only index by a prefix length;"
            + " use varchar(n), or create the key with execute(...)"),
    /** Args: column. */
    AUTO_INCREMENT_ADDED("an identity column (\"%s\") cannot be added to an existing table, since AUTO_INCREMENT"
            + " needs a key; add a plain column, or create the table with it"),
    /** Args: column. */
    TIMESTAMP_PRECISION("a CURRENT_TIMESTAMP default for column \"%s\" is rendered at the column's precision, which"
            + " is not known here; use AlterColumn.of(Column.of(...)) with the column's current type");

    private final String template;

    OpsMessage(String template) {
        this.template = template;
    }

    /**
     * The message with its arguments.
     *
     * @param args the arguments, as each constant's comment lists them
     * @return the message
     */
    public String format(Object... args) {
        return String.format(Locale.ROOT, template, args);
    }
}
