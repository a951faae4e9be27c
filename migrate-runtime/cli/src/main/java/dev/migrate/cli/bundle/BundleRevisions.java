package dev.migrate.cli.bundle;

import dev.migrate.MigrationException;
import dev.migrate.Revisions;
import dev.migrate.spi.RevisionAllowance;
import dev.migrate.spi.RevisionDescriptor;
import dev.migrate.spi.RevisionIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The revisions a bundle records, read from the generated indexes the way the runtime reads them,
 * and the graph checked by the runtime's rules.
 *
 * @param descriptors every revision, with its checksum, sorted by id
 * @param allowances the lint findings the revisions accept with {@code @Allow}, sorted by revision
 * @param heads the heads, sorted
 */
record BundleRevisions(List<RevisionDescriptor> descriptors, List<RevisionAllowance> allowances, List<String> heads) {

    static BundleRevisions load(ClassLoader loader, String classes) {
        Revisions graph = Revisions.load(loader);
        List<RevisionDescriptor> all = new ArrayList<>();
        List<RevisionAllowance> allowances = new ArrayList<>();
        // Revisions gives the graph but not the checksums: those are in the indexes the processor generated.
        for (RevisionIndex index : ServiceLoader.load(RevisionIndex.class, loader)) {
            all.addAll(index.revisions());
            allowances.addAll(index.allowances());
        }
        if (all.isEmpty()) {
            throw new MigrationException("no revisions in " + classes + ": a bundle needs the index the annotation"
                    + " processor generates; compile first, with migrate-processor in the compiler's annotationProcessorPaths");
        }
        all.sort(Comparator.comparing(RevisionDescriptor::id));
        allowances.sort(Comparator.comparing(RevisionAllowance::revision));
        return new BundleRevisions(List.copyOf(all), List.copyOf(allowances), graph.heads());
    }
}
