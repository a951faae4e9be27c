package dev.migrate.internal.lint;

import java.util.Arrays;

/**
 * The line of a revision's source that is running: the first frame of the revision's class (or of
 * a class nested in it) on the current stack or on an exception's. javac keeps line numbers in
 * class files by default, so lint names the line of each operation without reading the source.
 */
final class SourceLines {

    private static final StackWalker WALKER = StackWalker.getInstance();

    private final String className;
    private final String nestedPrefix;

    SourceLines(Class<?> revisionClass) {
        this.className = revisionClass.getName();
        this.nestedPrefix = className + "$";
    }

    /** The revision's line that called the operation being recorded, or 0 when not known. */
    int caller() {
        return WALKER.walk(frames -> frames.filter(frame -> ofRevision(frame.getClassName()))
                .mapToInt(StackWalker.StackFrame::getLineNumber).filter(line -> line > 0).findFirst()).orElse(0);
    }

    /** The revision's line where the exception was thrown or passed through, or 0 when not known. */
    int of(Throwable thrown) {
        return Arrays.stream(thrown.getStackTrace()).filter(element -> ofRevision(element.getClassName()))
                .mapToInt(StackTraceElement::getLineNumber).filter(line -> line > 0).findFirst().orElse(0);
    }

    private boolean ofRevision(String frameClass) {
        return frameClass.equals(className) || frameClass.startsWith(nestedPrefix);
    }
}
