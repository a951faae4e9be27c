package dev.migrate.internal.lint;

import dev.migrate.internal.lint.Operation.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.drop.Drop;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.merge.Merge;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.truncate.Truncate;
import net.sf.jsqlparser.statement.update.Update;

/** The JSqlParser side of {@link RawSql}, in a class of its own so that nothing loads it without the parser. */
final class ParsedSql {

    // Clauses JSqlParser keeps as text rather than as fields; looked for in the clause's own text.
    private static final Pattern CONCURRENTLY = Pattern.compile("\\bCONCURRENTLY\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_VALID = Pattern.compile("\\bNOT\\s+VALID\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_NULL = Pattern.compile("\\bNOT\\s+NULL\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DEFAULT = Pattern.compile("\\bDEFAULT\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FOREIGN_KEY = Pattern.compile("\\bFOREIGN\\s+KEY\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHECK = Pattern.compile("\\bCHECK\\b", Pattern.CASE_INSENSITIVE);

    private ParsedSql() {}

    static List<Operation> read(String sql) {
        Statement statement;
        try {
            // JSqlParser 5 reads neither of these PostgreSQL clauses; they are taken from the statement's own text.
            String parsable = NOT_VALID.matcher(CONCURRENTLY.matcher(sql).replaceFirst("")).replaceAll("");
            statement = CCJSqlParserUtil.parse(parsable);
        } catch (JSQLParserException | RuntimeException e) {
            return List.of(new Operation(Kind.UNPARSED, null, null, reason(e), sql));
        }
        if (statement instanceof Drop drop) {
            boolean table = "TABLE".equals(drop.getType().toUpperCase(Locale.ROOT));
            return one(table ? Kind.DROP_TABLE : Kind.DDL, name(drop.getName()), null, null, sql);
        }
        if (statement instanceof Truncate truncate) {
            return one(Kind.TRUNCATE, name(truncate.getTable()), null, null, sql);
        }
        if (statement instanceof Delete delete) {
            return one(Kind.DELETE, name(delete.getTable()), null, delete.getWhere() != null, sql);
        }
        if (statement instanceof Insert || statement instanceof Update || statement instanceof Merge) {
            return one(Kind.DATA, null, null, null, sql);
        }
        if (statement instanceof Select) {
            return one(Kind.QUERY, null, null, null, sql);
        }
        if (statement instanceof CreateTable create) {
            return one(Kind.CREATE_TABLE, name(create.getTable()), null, null, sql);
        }
        if (statement instanceof CreateIndex index) {
            return one(Kind.CREATE_INDEX, name(index.getTable()), null, CONCURRENTLY.matcher(sql).find(), sql);
        }
        if (statement instanceof Alter alter && alter.getAlterExpressions() != null) {
            List<Operation> operations = new ArrayList<>();
            String table = name(alter.getTable());
            alter.getAlterExpressions().forEach(clause -> operations.add(clause(table, clause, sql)));
            return operations;
        }
        return one(Kind.DDL, null, null, null, sql);
    }

    private static Operation clause(String table, AlterExpression clause, String sql) {
        String text = clause.toString();
        switch (clause.getOperation()) {
            case DROP:
                if (clause.getColumnName() != null) {
                    return new Operation(Kind.DROP_COLUMN, table, unquote(clause.getColumnName()), null, sql);
                }
                break;
            case RENAME:
                if (clause.getColumnName() != null) {
                    // The old name is the one running code still uses; the new one goes in the message.
                    String old = clause.getColumnOldName() == null ? clause.getColumnName() : clause.getColumnOldName();
                    return new Operation(Kind.RENAME_COLUMN, table, unquote(old), unquote(clause.getColumnName()), sql);
                }
                break;
            case RENAME_TABLE:
                return new Operation(Kind.RENAME_TABLE, table, unquote(clause.getNewTableName()), null, sql);
            case ADD:
                if (FOREIGN_KEY.matcher(text).find() || clause.getFkColumns() != null) {
                    return new Operation(Kind.ADD_FOREIGN_KEY, table, null, NOT_VALID.matcher(sql).find(), sql);
                }
                if (clause.getColDataTypeList() != null) {
                    // Whether it is NOT NULL without a default, as Column's flags would say.
                    boolean notNullNoDefault = NOT_NULL.matcher(text).find() && !DEFAULT.matcher(text).find();
                    return new Operation(Kind.ADD_COLUMN, table, null, notNullNoDefault, sql);
                }
                if (CHECK.matcher(text).find()) {
                    return new Operation(Kind.ADD_CHECK, table, null, NOT_VALID.matcher(sql).find(), sql);
                }
                break;
            default:
                break;
        }
        return new Operation(Kind.DDL, table, null, null, sql);
    }

    private static List<Operation> one(Kind kind, String table, String name, Object detail, String sql) {
        return List.of(new Operation(kind, table, name, detail, sql));
    }

    private static String name(Table table) {
        return table == null ? null : unquote(table.getName());
    }

    private static String unquote(String name) {
        return name == null ? null : name.replace("\"", "").replace("`", "");
    }

    /** The parser's first line: the rest is its list of expected tokens. */
    private static String reason(Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }
}
