package dev.migrate.spi;

import java.util.List;
import java.util.Objects;

/**
 * What the index knows of one seed: the values of its {@link dev.migrate.Seed} annotation, its
 * class and the checksum of its source.
 *
 * @param id the seed's id
 * @param environments the environments it is loaded in; empty for every environment
 * @param after the id or branch label of the revision that must be applied before it is loaded
 * @param checksum the lower-case hex SHA-256 of its normalised source and the files it reads, or
 *     {@code null} when the compiler could not give the source
 * @param className the binary name of its class
 */
public record SeedDescriptor(String id, List<String> environments, String after, String checksum, String className) {

    /**
     * Creates a descriptor with the environments written as names separated by single spaces, as
     * generated code does.
     *
     * @param id the seed's id
     * @param environments the environments, space-separated, or empty for every environment
     * @param after the revision id or branch label it follows
     * @param checksum the checksum, or {@code null}
     * @param className the binary name of its class
     * @return the descriptor
     */
    public static SeedDescriptor of(String id, String environments, String after, String checksum, String className) {
        return new SeedDescriptor(id, environments.isEmpty() ? List.of() : List.of(environments.split(" ")), after,
                checksum, className);
    }

    /** Checks the values and copies the list, so a descriptor cannot change. */
    public SeedDescriptor {
        Objects.requireNonNull(id, "id");
        environments = List.copyOf(environments);
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(className, "className");
    }
}
