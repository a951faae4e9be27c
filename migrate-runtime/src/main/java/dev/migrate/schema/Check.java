package dev.migrate.schema;

import java.util.Objects;

/**
 * A check constraint, for {@link Table#check} and {@link dev.migrate.Ops#addCheck}. Its name is
 * required (nothing to derive one from); its condition is SQL, rendered as written: never build it
 * from user input.
 *
 * <pre>{@code
 * Check.of("ck_orders_quantity", "quantity > 0")
 * }</pre>
 *
 * @param name the constraint's name
 * @param condition the SQL condition every row meets
 */
public record Check(String name, String condition) {

    /** Checks the definition. */
    public Check {
        Identifiers.check("Check constraint name", name);
        Objects.requireNonNull(condition, "condition");
        if (condition.isBlank()) {
            throw new IllegalArgumentException("Check constraint \"" + name + "\" has an empty condition; give its SQL");
        }
    }

    /**
     * A check constraint.
     *
     * @param name the constraint's name
     * @param condition the SQL condition
     * @return the constraint
     */
    public static Check of(String name, String condition) {
        return new Check(name, condition);
    }
}
