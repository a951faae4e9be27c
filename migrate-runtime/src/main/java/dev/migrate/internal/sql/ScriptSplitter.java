package dev.migrate.internal.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an SQL script into statements at each {@code ;} that is not inside a string, a quoted
 * identifier, a comment or a dollar-quoted body. Comments stay in the statement they precede;
 * pieces that hold nothing but comments and white space are dropped. An unterminated quote or
 * comment runs to the end of the script, where the database will report it.
 */
public final class ScriptSplitter {

    private final ScriptSyntax syntax;
    private final String script;
    private final List<String> statements = new ArrayList<>();
    private int start;
    private boolean significant;

    private ScriptSplitter(ScriptSyntax syntax, String script) {
        this.syntax = syntax;
        this.script = script;
    }

    /**
     * Splits a script.
     *
     * @param script the script's text
     * @param syntax its database's syntax
     * @return its statements, without the {@code ;}, trimmed, in order
     */
    public static List<String> split(String script, ScriptSyntax syntax) {
        ScriptSplitter splitter = new ScriptSplitter(syntax, script);
        splitter.run();
        return List.copyOf(splitter.statements);
    }

    private void run() {
        int n = script.length();
        int i = 0;
        while (i < n) {
            char c = script.charAt(i);
            char next = i + 1 < n ? script.charAt(i + 1) : '\0';
            int skipped = i;
            if (c == '\'') {
                skipped = quoted(i, '\'', syntax.backslashEscapes() || isEscapeString(i));
            } else if (c == '"') {
                skipped = quoted(i, '"', syntax.backslashEscapes());
            } else if (c == '`' && syntax.backticks()) {
                skipped = quoted(i, '`', false);
            } else if (c == '$' && syntax.dollarQuotes() != ScriptSyntax.DollarQuotes.NONE) {
                skipped = dollarQuoted(i);
            }
            if (skipped != i) {
                significant = true;
                i = skipped;
                continue;
            }
            if (isLineComment(i)) {
                i = endOfLine(i);
            } else if (c == '/' && next == '*') {
                // MySQL's /*! ... */ is code for MySQL, not a comment: it makes a statement.
                significant |= syntax.executableComments() && i + 2 < n && script.charAt(i + 2) == '!';
                i = blockComment(i);
            } else if (c == ';') {
                emit(i);
                start = i + 1;
                i++;
            } else {
                significant |= !Character.isWhitespace(c);
                i++;
            }
        }
        emit(n);
    }

    private void emit(int end) {
        if (significant) {
            statements.add(script.substring(start, end).strip());
        }
        significant = false;
    }

    /** The index after the quoted text starting at {@code open}; a doubled quote stays inside. */
    private int quoted(int open, char quote, boolean backslash) {
        int n = script.length();
        int i = open + 1;
        while (i < n) {
            char c = script.charAt(i);
            if (backslash && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < n && script.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return n;
    }

    /** PostgreSQL's {@code E'...'}: the {@code E} starts a token of its own. */
    private boolean isEscapeString(int quote) {
        if (!syntax.escapeStrings() || quote == 0) {
            return false;
        }
        char e = script.charAt(quote - 1);
        return (e == 'E' || e == 'e') && (quote == 1 || !isIdentifierPart(script.charAt(quote - 2)));
    }

    /** The index after a dollar-quoted body starting at {@code open}, or {@code open} if none starts there. */
    private int dollarQuoted(int open) {
        if (open > 0 && isIdentifierPart(script.charAt(open - 1))) {
            return open; // part of a name such as a$b, or a parameter
        }
        int n = script.length();
        int i = open + 1;
        if (syntax.dollarQuotes() == ScriptSyntax.DollarQuotes.TAGGED && i < n && isTagStart(script.charAt(i))) {
            while (i < n && isIdentifierPart(script.charAt(i)) && script.charAt(i) != '$') {
                i++;
            }
        }
        if (i >= n || script.charAt(i) != '$') {
            return open; // $1, or a lone $
        }
        String tag = script.substring(open, i + 1);
        int close = script.indexOf(tag, i + 1);
        return close < 0 ? n : close + tag.length();
    }

    private boolean isLineComment(int i) {
        char c = script.charAt(i);
        if (c == '#') {
            return syntax.hashComments();
        }
        if (c != '-' || !script.startsWith("--", i)) {
            return false;
        }
        if (!syntax.dashCommentNeedsSpace() || i + 2 >= script.length()) {
            return true;
        }
        char after = script.charAt(i + 2);
        return Character.isWhitespace(after) || Character.isISOControl(after);
    }

    private int endOfLine(int from) {
        int end = script.indexOf('\n', from);
        return end < 0 ? script.length() : end + 1;
    }

    private int blockComment(int open) {
        int n = script.length();
        int depth = 1;
        int i = open + 2;
        while (i < n) {
            if (script.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0 || !syntax.nestedComments()) {
                    return i;
                }
            } else if (syntax.nestedComments() && script.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else {
                i++;
            }
        }
        return n;
    }

    private static boolean isTagStart(char c) {
        return Character.isLetter(c) || c == '_' || c > 127;
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c > 127;
    }
}
