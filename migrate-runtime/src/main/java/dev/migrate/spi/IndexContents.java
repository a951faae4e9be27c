package dev.migrate.spi;

import dev.migrate.internal.index.IndexContentsReader;
import java.util.List;

/**
 * What the runtime loads of an application when it runs, for the build of a native image, which
 * holds only what it was told about (Spring AOT's runtime hints, GraalVM's reachability metadata):
 * nothing needs scanning. {@link #of(ClassLoader)} reads it in the build.
 *
 * @param resources the resources the runtime reads: the indexes' service file, and the SQL scripts
 *     the revisions run ({@code Ops.executeScript} with a constant path, which the processor checks
 *     and lists), sorted
 * @param indexClasses the generated indexes, which {@link java.util.ServiceLoader} creates through
 *     their public constructor, sorted
 * @param revisionClasses the revision classes the indexes list, each created by its index and loaded
 *     ahead of its step by name, sorted
 */
public record IndexContents(List<String> resources, List<String> indexClasses, List<String> revisionClasses) {

    /** Copies the lists, so the value cannot change. */
    public IndexContents {
        resources = List.copyOf(resources);
        indexClasses = List.copyOf(indexClasses);
        revisionClasses = List.copyOf(revisionClasses);
    }

    /**
     * Reads what the runtime would load through {@code classLoader}: the indexes its service files
     * name (created, to list their revisions; the graph is not checked), and the scripts that the
     * processor's listing ({@code META-INF/migrate/revisions.lst}, beside each index) names.
     *
     * @param classLoader the application's class loader
     * @return what a native image of the application needs
     * @throws dev.migrate.MigrationException when an index cannot be loaded or a listing read
     */
    public static IndexContents of(ClassLoader classLoader) {
        return IndexContentsReader.read(classLoader);
    }
}
