package dev.migrate.internal.lint;

import dev.migrate.internal.lint.Operation.Kind;
import java.util.List;

/**
 * Reads plain SQL ({@code execute}, scripts) into {@link Operation}s with JSqlParser, which handles
 * the PostgreSQL and MySQL dialects. JSqlParser is an optional dependency of the runtime, declared
 * by the Maven plugin and the command line: an application that only migrates does not carry a
 * parser. Without it on the class path every statement is {@link Kind#UNPARSED}: reported, never
 * passed unread.
 */
final class RawSql {

    private final boolean available;

    private RawSql(boolean available) {
        this.available = available;
    }

    /** The reader, with JSqlParser when the class path has it. */
    static RawSql load() {
        try {
            Class.forName("net.sf.jsqlparser.parser.CCJSqlParserUtil", false, RawSql.class.getClassLoader());
            return new RawSql(true);
        } catch (ClassNotFoundException | LinkageError e) {
            return new RawSql(false);
        }
    }

    /** A statement's operations: usually one, several for an {@code ALTER TABLE} of several clauses. */
    List<Operation> read(String sql) {
        String statement = sql.strip();
        // As the offline script writes it: without its terminator.
        while (statement.endsWith(";")) {
            statement = statement.substring(0, statement.length() - 1).stripTrailing();
        }
        if (!available) {
            return List.of(new Operation(Kind.UNPARSED, null, null,
                    "JSqlParser (com.github.jsqlparser:jsqlparser) is not on the class path", statement));
        }
        return ParsedSql.read(statement);
    }
}
