package dev.migrate.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;

/**
 * The checksum of a revision's source: SHA-256 of its text with line endings unified and trailing
 * white space removed, so that a checkout on another system or an editor's clean-up does not
 * count as a change. A top-level class is checksummed with its whole file (imports included); a
 * nested class with its own text only.
 */
final class SourceChecksum {

    private final Trees trees;
    private final String unavailable;

    SourceChecksum(ProcessingEnvironment env) {
        Trees found = null;
        String reason = null;
        try {
            found = Trees.instance(env);
        } catch (RuntimeException | LinkageError e) {
            // Compilers other than javac (or wrapped environments) have no source trees.
            reason = "the compiler does not expose source trees: " + e;
        }
        this.trees = found;
        this.unavailable = reason;
    }

    /** javac's trees, or {@code null} when the compiler has none. */
    Trees trees() {
        return trees;
    }

    /**
     * A revision's source text (its file's, or its own when nested) and its checksum.
     *
     * @param text the text hashed
     * @param checksum the checksum
     */
    record Hashed(String text, String checksum) {}

    /** Returns the text and its checksum, or throws {@link IOException} saying why the source cannot be read. */
    Hashed of(TypeElement element) throws IOException {
        if (trees == null) {
            throw new IOException(unavailable);
        }
        TreePath path = trees.getPath(element);
        if (path == null) {
            throw new IOException("no source tree for the class");
        }
        CompilationUnitTree unit = path.getCompilationUnit();
        CharSequence content = unit.getSourceFile().getCharContent(true);
        String text = content.toString();
        if (element.getEnclosingElement() instanceof TypeElement) {
            SourcePositions positions = trees.getSourcePositions();
            long start = positions.getStartPosition(unit, path.getLeaf());
            long end = positions.getEndPosition(unit, path.getLeaf());
            if (start >= 0 && end >= start && end <= text.length()) {
                text = text.substring((int) start, (int) end);
            }
        }
        return new Hashed(text, sha256(normalise(text)));
    }

    static String normalise(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        StringBuilder out = new StringBuilder(body.length());
        for (String line : body.split("\r\n|\r|\n", -1)) {
            out.append(line.stripTrailing()).append('\n');
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '\n') {
            end--;
        }
        out.setLength(end);
        return out.toString();
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
