package dev.migrate.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.Trees;
import dev.migrate.graph.Message;
import dev.migrate.internal.sql.ScriptPaths;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Computes a revision's checksum from its source and the SQL scripts it runs, and checks its body
 * on the way: every script it names exists, and a transactional revision builds no index
 * concurrently. Problems are reported on the call at fault.
 */
final class RevisionDigester {

    private final SourceChecksum checksums;
    private final SourceScanner scanner;
    private final ScriptLocator scripts;
    private final Messager messager;
    private final Trees trees;

    RevisionDigester(SourceChecksum checksums, ScriptLocator scripts, Messager messager) {
        this.checksums = checksums;
        this.trees = checksums.trees();
        this.scanner = new SourceScanner(trees);
        this.scripts = scripts;
        this.messager = messager;
    }

    /** A revision compiled now; the digest is {@code null} when its source cannot be read (a warning says so). */
    Result digest(RevisionModel revision) {
        return digest(revision.element(), revision.transactional());
    }

    /**
     * A revision or seed compiled now: its source and the scripts or CSV files it reads.
     *
     * @param transactional whether it runs in a transaction, where it may build no index concurrently
     */
    Result digest(TypeElement element, boolean transactional) {
        String name = element.getQualifiedName().toString();
        SourceChecksum.Hashed source;
        try {
            source = checksums.of(element);
        } catch (IOException e) {
            messager.printMessage(Diagnostic.Kind.WARNING, Message.SOURCE_UNREADABLE.format(name, e.getMessage()),
                    element);
            return new Result(null, true);
        }
        // Most revisions call none of these methods: a look at the text spares them the scan of their tree.
        SourceScanner.Findings findings = source.text().contains("executeScript")
                || source.text().contains("concurrently") || source.text().contains(SourceScanner.CSV_CLASS)
                ? scanner.scan(element) : SourceScanner.Findings.NONE;
        boolean ok = true;
        if (transactional) {
            for (Tree call : findings.concurrentIndexes()) {
                report(Diagnostic.Kind.ERROR, Message.CONCURRENT_INDEX_IN_TRANSACTION.format(name), call,
                        findings.unit(), element);
                ok = false;
            }
        }
        Map<String, String> checksumsByScript = new TreeMap<>();
        for (SourceScanner.ScriptCall call : findings.scripts()) {
            if (call.path() == null) {
                report(Diagnostic.Kind.WARNING, Message.SCRIPT_NOT_CONSTANT.format(name), call.at(),
                        findings.unit(), element);
                continue;
            }
            String resource = ScriptPaths.resolve(packageOf(element), call.path());
            String problem = checksum(resource, checksumsByScript, name, call.path());
            if (problem != null) {
                report(Diagnostic.Kind.ERROR, problem, call.at(), findings.unit(), element);
                ok = false;
            }
        }
        return new Result(Digest.of(source.checksum(), checksumsByScript), ok);
    }

    /** A revision or seed of the previous build, with its scripts read again; {@code ok} is false when one is gone. */
    Result relist(TypeElement element, PreviousBuild.Listed listed) {
        if (listed.source() == null) {
            return new Result(null, true);
        }
        Map<String, String> checksumsByScript = new TreeMap<>();
        boolean ok = true;
        for (String resource : listed.scripts()) {
            String problem = checksum(resource, checksumsByScript, element.getQualifiedName().toString(),
                    "/" + resource);
            if (problem != null) {
                messager.printMessage(Diagnostic.Kind.ERROR, problem, element);
                ok = false;
            }
        }
        return new Result(Digest.of(listed.source(), checksumsByScript), ok);
    }

    /**
     * The digest, or {@code null}, and whether the revision passed.
     *
     * @param digest the checksum
     * @param ok whether nothing was reported as an error
     */
    record Result(Digest digest, boolean ok) {}

    /** Adds the script's checksum; returns the problem's message when it cannot. */
    private String checksum(String resource, Map<String, String> into, String revision, String path) {
        try {
            String text = scripts.read(resource);
            if (text == null) {
                return Message.SCRIPT_MISSING.format(revision, path, resource, resource);
            }
            into.put(resource, SourceChecksum.sha256(SourceChecksum.normalise(text)));
            return null;
        } catch (IOException e) {
            return Message.SCRIPT_UNREADABLE.format(revision, resource, e.getMessage());
        }
    }

    private void report(Diagnostic.Kind kind, String message, Tree at, CompilationUnitTree unit, Element fallback) {
        if (trees != null && unit != null) {
            trees.printMessage(kind, message, at, unit);
        } else {
            messager.printMessage(kind, message, fallback);
        }
    }

    private static String packageOf(TypeElement type) {
        Element at = type;
        while (!(at instanceof PackageElement)) {
            at = at.getEnclosingElement();
        }
        return ((PackageElement) at).getQualifiedName().toString();
    }
}
