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

    private static final List<String> NONE = List.of();

    /**
     * Creates a descriptor from lists written as names separated by single spaces: generated
     * code calls this rather than {@code List.of}, because javac resolves a non-generic call many
     * times faster, and an index of thousands of revisions is compiled in every build. Ids and
     * labels cannot contain spaces, so the encoding is unambiguous.
     *
     * @param id the revision's id
     * @param revises the parents' ids, space-separated, or empty
     * @param dependsOn the dependencies, space-separated, or empty
     * @param branchLabels the branch labels, space-separated, or empty
     * @param message the message
     * @param transactional whether it runs in a transaction
     * @param checksum the source checksum, or {@code null}
     * @param className the binary name of its class
     * @return the descriptor
     */
    public static RevisionDescriptor of(String id, String revises, String dependsOn, String branchLabels,
            String message, boolean transactional, String checksum, String className) {
        return new RevisionDescriptor(id, split(revises), split(dependsOn), split(branchLabels), message,
                transactional, checksum, className);
    }

    private static List<String> split(String names) {
        return names.isEmpty() ? NONE : List.of(names.split(" "));
    }

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
