package dev.migrate.internal.lint;

/**
 * One recorded operation of a revision's upgrade, from a typed {@link dev.migrate.Ops} call or read
 * from plain SQL, in one vocabulary so that the rules see both alike.
 *
 * @param kind what it does
 * @param table the table, or {@code null}
 * @param name the column, index or constraint, or {@code null}
 * @param detail the typed argument ({@link dev.migrate.schema.Column}, {@link
 *     dev.migrate.schema.AlterColumn}), a flag ({@code concurrently}, {@code NOT VALID}, has a
 *     {@code WHERE}), the parser's reason for {@link Kind#UNPARSED}, or {@code null}
 * @param text the call, such as {@code dropColumn("users", "email")}, or the SQL statement
 * @param line the line of the revision's source that called it, or 0 when not known
 */
record Operation(Kind kind, String table, String name, Object detail, String text, int line) {

    /** An operation whose line is not known yet, as the SQL reader makes them. */
    Operation(Kind kind, String table, String name, Object detail, String text) {
        this(kind, table, name, detail, text, 0);
    }

    /** The same operation, called from this line of the revision. */
    Operation at(int sourceLine) {
        return new Operation(kind, table, name, detail, text, sourceLine);
    }

    enum Kind {
        CREATE_TABLE, DROP_TABLE, RENAME_TABLE, ADD_COLUMN, DROP_COLUMN, ALTER_COLUMN, RENAME_COLUMN, CREATE_INDEX,
        ADD_FOREIGN_KEY, ADD_CHECK, DELETE, TRUNCATE,
        /** Rows written: inserts, updates, a data migration on the connection. */
        DATA,
        /** Another schema change. */
        DDL,
        /** A question to the database, which changes nothing. */
        QUERY,
        /** SQL the parser could not read. */
        UNPARSED;

        /** Whether MySQL commits it implicitly, as it does every schema change. */
        boolean isDdl() {
            return this != DELETE && this != DATA && this != QUERY && this != UNPARSED;
        }

        boolean isData() {
            return this == DELETE || this == DATA;
        }
    }

    /** {@code method("a", "b")}, as the runtime's messages name operations. */
    static String describe(String method, String... args) {
        StringBuilder text = new StringBuilder(method).append('(');
        for (int i = 0; i < args.length; i++) {
            text.append(i == 0 ? "" : ", ").append('"').append(args[i]).append('"');
        }
        return text.append(')').toString();
    }
}
