package dev.migrate.spi;

import java.util.List;
import java.util.Objects;

/**
 * What the index knows of one revision: the values of its {@link dev.migrate.Revision}
 * annotation, its class and the checksum of its source.
 *
 * @param id the revision's id
 * @param revises the ids of its parents
 * @param dependsOn the ids or branch labels it depends on
 * @param branchLabels its own branch labels
 * @param message its message, possibly empty
 * @param transactional whether it runs in a transaction
 * @param checksum the lower-case hex SHA-256 of its normalised source, or {@code null} when the
 *     compiler could not give the source
 * @param className the binary name of its class
 */
public record RevisionDescriptor(
        String id,
        List<String> revises,
        List<String> dependsOn,
        List<String> branchLabels,
        String message,
        boolean transactional,
        String checksum,
        String className) {

    /** Checks the values and copies the lists, so a descriptor cannot change. */
    public RevisionDescriptor {
        Objects.requireNonNull(id, "id");
        revises = List.copyOf(revises);
        dependsOn = List.copyOf(dependsOn);
        branchLabels = List.copyOf(branchLabels);
        message = message == null ? "" : message;
        Objects.requireNonNull(className, "className");
    }
}
