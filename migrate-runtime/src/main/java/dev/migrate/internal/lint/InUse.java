package dev.migrate.internal.lint;

import dev.migrate.lint.EntityMappings;
import dev.migrate.lint.Rule;
import java.util.Optional;

/**
 * The rules that need the project's entities: a table or column dropped or renamed away while an
 * entity of the same build still maps it. Without entities they find nothing.
 */
final class InUse {

    /** No entities: nothing is in use. */
    static final InUse NONE = new InUse(null);

    private final EntityMappings mappings;

    InUse(EntityMappings mappings) {
        this.mappings = mappings;
    }

    /** A finding when the operation's table is mapped. */
    Optional<Checks.Hit> table(Operation op, String what) {
        if (mappings == null || op.table() == null || !mappings.maps(op.table(), null)) {
            return Optional.empty();
        }
        return Optional.of(Checks.hit(Rule.DROP_TABLE_IN_USE, op, what + ", which is still mapped by "
                + mappings.owner(op.table(), null).orElse("an entity")));
    }

    /** A finding when the column of the operation's table is mapped. */
    Optional<Checks.Hit> column(Operation op, String column, String what) {
        if (mappings == null || op.table() == null || column == null || !mappings.maps(op.table(), column)) {
            return Optional.empty();
        }
        return Optional.of(Checks.hit(Rule.DROP_COLUMN_IN_USE, op, what + ", which is still mapped by "
                + mappings.owner(op.table(), column).orElse("an entity")));
    }
}
