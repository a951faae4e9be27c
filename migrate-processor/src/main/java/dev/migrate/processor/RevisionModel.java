package dev.migrate.processor;

import dev.migrate.graph.RevisionNode;
import dev.migrate.spi.RevisionAllowance;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * One {@code @Revision} class as read from the compilation.
 *
 * @param element the class
 * @param annotation its {@code @Revision}, to report errors on the exact value
 * @param id the revision id
 * @param revises the parent ids
 * @param dependsOn the ids or labels it depends on
 * @param branchLabels its branch labels
 * @param message its message
 * @param transactional whether it runs in a transaction
 * @param digest its checksum, of its source and scripts, or {@code null} when the source is unavailable
 * @param fromSource whether the class was compiled in this run (not read from a previous build)
 * @param allowances its {@code @Allow}s, in the order written
 */
record RevisionModel(
        TypeElement element,
        AnnotationMirror annotation,
        String id,
        List<String> revises,
        List<String> dependsOn,
        List<String> branchLabels,
        String message,
        boolean transactional,
        Digest digest,
        boolean fromSource,
        List<RevisionAllowance> allowances) {

    String canonicalName() {
        return element.getQualifiedName().toString();
    }

    RevisionNode node() {
        return new RevisionNode(id, revises, dependsOn, branchLabels, canonicalName());
    }

    /** The checksum the index records, or {@code null}. */
    String checksum() {
        return digest == null ? null : digest.value();
    }

    RevisionModel withDigest(Digest newDigest) {
        return new RevisionModel(element, annotation, id, revises, dependsOn, branchLabels, message, transactional,
                newDigest, fromSource, allowances);
    }
}
