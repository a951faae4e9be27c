package dev.migrate.internal.sql;

/**
 * What a database's SQL scripts quote and comment, as far as splitting them into statements
 * needs to know.
 *
 * @param backslashEscapes whether a backslash escapes the next character in quoted text (MySQL)
 * @param escapeStrings whether {@code E'...'} strings read backslash escapes (PostgreSQL)
 * @param backticks whether {@code `...`} quotes an identifier (MySQL)
 * @param hashComments whether {@code #} starts a comment (MySQL)
 * @param dashCommentNeedsSpace whether {@code --} starts a comment only before white space (MySQL)
 * @param nestedComments whether block comments nest (PostgreSQL)
 * @param executableComments whether {@code /*! ... *}{@code /} is code rather than a comment (MySQL)
 * @param dollarQuotes how dollar quotes look
 */
public record ScriptSyntax(boolean backslashEscapes, boolean escapeStrings, boolean backticks, boolean hashComments,
        boolean dashCommentNeedsSpace, boolean nestedComments, boolean executableComments, DollarQuotes dollarQuotes) {

    /** Dollar-quoted bodies. */
    public enum DollarQuotes {
        /** None. */
        NONE,
        /** {@code $$...$$} only (H2). */
        PLAIN,
        /** {@code $$...$$} and {@code $tag$...$tag$} (PostgreSQL). */
        TAGGED
    }

    /** PostgreSQL. */
    public static final ScriptSyntax POSTGRESQL = new ScriptSyntax(false, true, false, false, false, true, false,
            DollarQuotes.TAGGED);
    /** MySQL and MariaDB. */
    public static final ScriptSyntax MYSQL = new ScriptSyntax(true, false, true, true, true, false, true,
            DollarQuotes.NONE);
    /** H2. */
    public static final ScriptSyntax H2 = new ScriptSyntax(false, false, false, false, false, false, false,
            DollarQuotes.PLAIN);
}
