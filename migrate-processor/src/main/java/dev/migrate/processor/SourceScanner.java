package dev.migrate.processor;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Reads what a revision's or seed's source does that the processor checks: the SQL scripts it runs
 * ({@code Ops.executeScript}), the CSV files it reads ({@code CsvRows.read}) and the indexes it
 * builds concurrently ({@code Index.concurrently()}). Only
 * calls that resolve to those methods count; revisions nested in the class are left to their own
 * scan.
 */
final class SourceScanner {

    private static final String OPS = "dev.migrate.Ops";
    private static final String INDEX = "dev.migrate.schema.Index";
    /** The simple name of the CSV reader, whose files count like scripts. */
    static final String CSV_CLASS = "CsvRows";
    private static final String CSV = "dev.migrate." + CSV_CLASS;

    /**
     * A script run by the revision.
     *
     * @param path the path as written, or {@code null} when it is not a constant
     * @param at the argument, to report on
     */
    record ScriptCall(String path, Tree at) {}

    /**
     * What one revision's source does.
     *
     * @param unit the file, to report on
     * @param scripts the scripts it runs, in source order
     * @param concurrentIndexes the {@code concurrently()} calls
     */
    record Findings(CompilationUnitTree unit, List<ScriptCall> scripts, List<Tree> concurrentIndexes) {
        static final Findings NONE = new Findings(null, List.of(), List.of());
    }

    private final Trees trees;

    /**
     * @param trees javac's trees, or {@code null} when the compiler has none (nothing is found then)
     */
    SourceScanner(Trees trees) {
        this.trees = trees;
    }

    Findings scan(TypeElement revision) {
        TreePath root = trees == null ? null : trees.getPath(revision);
        if (root == null) {
            return Findings.NONE;
        }
        List<ScriptCall> scripts = new ArrayList<>();
        List<Tree> concurrent = new ArrayList<>();
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitClass(ClassTree node, Void unused) {
                if (node != root.getLeaf() && isRevision(trees.getElement(getCurrentPath()))) {
                    return null;
                }
                return super.visitClass(node, unused);
            }

            @Override
            public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
                Element method = trees.getElement(getCurrentPath());
                if (isMethod(method, OPS, "executeScript") && node.getArguments().size() == 1) {
                    ExpressionTree argument = node.getArguments().get(0);
                    scripts.add(new ScriptCall(constant(new TreePath(getCurrentPath(), argument)), argument));
                } else if (isMethod(method, CSV, "read") && node.getArguments().size() == 2) {
                    // A seed's CSV file, read next to the class like a script: its content is part of the checksum.
                    ExpressionTree argument = node.getArguments().get(1);
                    scripts.add(new ScriptCall(constant(new TreePath(getCurrentPath(), argument)), argument));
                } else if (isMethod(method, INDEX, "concurrently")) {
                    concurrent.add(node);
                }
                return super.visitMethodInvocation(node, unused);
            }
        }.scan(root, null);
        return new Findings(root.getCompilationUnit(), List.copyOf(scripts), List.copyOf(concurrent));
    }

    /** The string a string literal or a constant names, else {@code null}. */
    private String constant(TreePath argument) {
        if (argument.getLeaf() instanceof LiteralTree literal) {
            return literal.getValue() instanceof String s ? s : null;
        }
        return trees.getElement(argument) instanceof VariableElement v && v.getConstantValue() instanceof String s
                ? s : null;
    }

    private static boolean isMethod(Element element, String owner, String name) {
        return element instanceof ExecutableElement method && method.getSimpleName().contentEquals(name)
                && method.getEnclosingElement() instanceof TypeElement type
                && type.getQualifiedName().contentEquals(owner);
    }

    private static boolean isRevision(Element element) {
        return element != null && element.getAnnotationMirrors().stream().anyMatch(
                a -> ((TypeElement) a.getAnnotationType().asElement()).getQualifiedName()
                        .contentEquals(RevisionReader.REVISION) || ((TypeElement) a.getAnnotationType().asElement())
                        .getQualifiedName().contentEquals(SeedReader.SEED));
    }
}
