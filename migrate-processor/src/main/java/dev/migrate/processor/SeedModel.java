package dev.migrate.processor;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * One {@code @Seed} class as read from the compilation.
 *
 * @param element the class
 * @param annotation its {@code @Seed}, to report errors on the exact value
 * @param id the seed id
 * @param environments the environments it loads in; empty for all
 * @param after the revision id or branch label it loads after
 * @param digest its checksum, of its source and the files it reads, or {@code null} when the source is unavailable
 * @param fromSource whether the class was compiled in this run (not read from a previous build)
 */
record SeedModel(
        TypeElement element,
        AnnotationMirror annotation,
        String id,
        List<String> environments,
        String after,
        Digest digest,
        boolean fromSource) implements Listable {

    @Override
    public String canonicalName() {
        return element.getQualifiedName().toString();
    }

    /** The checksum the index records, or {@code null}. */
    String checksum() {
        return digest == null ? null : digest.value();
    }

    SeedModel withDigest(Digest newDigest) {
        return new SeedModel(element, annotation, id, environments, after, newDigest, fromSource);
    }
}
