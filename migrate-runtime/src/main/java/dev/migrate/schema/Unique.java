package dev.migrate.schema;

import java.util.List;

/**
 * A unique constraint, for {@link Table#unique} and {@link dev.migrate.Ops#addUnique}.
 *
 * <p>Without {@link #named(String) a name}, it is named by the convention {@code
 * uq_<table>_<columns joined by _>}, which is also the name to drop it by.
 *
 * <pre>{@code
 * Unique.of("email")
 * Unique.of("tenant_id", "code").named("uq_code_per_tenant")
 * }</pre>
 *
 * @param name the constraint's name, or {@code null} for the conventional one
 * @param columns the columns whose values together are unique
 */
public record Unique(String name, List<String> columns) {

    /** Checks the definition and copies the list. */
    public Unique {
        Identifiers.checkOptional("Unique constraint name", name);
        columns = Identifiers.checkAll("unique columns", columns);
    }

    /**
     * A unique constraint with the conventional name.
     *
     * @param columns the columns
     * @return the constraint
     */
    public static Unique of(String... columns) {
        return new Unique(null, List.of(columns));
    }

    /**
     * The same constraint with a name of its own.
     *
     * @param constraintName the name
     * @return the changed copy
     */
    public Unique named(String constraintName) {
        return new Unique(constraintName, columns);
    }
}
