package dev.migrate.internal.sql;

import dev.migrate.internal.Names;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Unique;
import java.nio.charset.StandardCharsets;

/**
 * The naming convention for constraints given without a name (SQLAlchemy's recommended one), so
 * that every database gets the same name and a later revision can drop the constraint by it.
 */
public final class ConstraintNames {

    private ConstraintNames() {}

    /**
     * A unique constraint's name: its own, or the conventional {@code uq_<table>_<columns>}.
     *
     * @param table the table's name
     * @param unique the constraint
     * @return the name
     */
    public static String of(String table, Unique unique) {
        return unique.name() != null ? unique.name()
                : checked("unique constraint", conventional(table, unique));
    }

    /**
     * A foreign key's name: its own, or the conventional {@code fk_<table>_<columns>_<referenced>}.
     *
     * @param table the referencing table's name
     * @param key the foreign key
     * @return the name
     */
    public static String of(String table, ForeignKey key) {
        return key.name() != null ? key.name() : checked("foreign key", conventional(table, key));
    }

    /**
     * A unique constraint's name, the conventional one {@link Names#fitted made to fit}: for a
     * generated revision, which should not fail on long names.
     *
     * @param table the table's name
     * @param unique the constraint
     * @return the name
     */
    public static String fitted(String table, Unique unique) {
        return unique.name() != null ? unique.name()
                : Names.fitted(conventional(table, unique));
    }

    /**
     * A foreign key's name, the conventional one made to fit.
     *
     * @param table the referencing table's name
     * @param key the foreign key
     * @return the name
     */
    public static String fitted(String table, ForeignKey key) {
        return key.name() != null ? key.name()
                : Names.fitted(conventional(table, key));
    }

    private static String conventional(String table, Unique unique) {
        return "uq_" + table + "_" + String.join("_", unique.columns());
    }

    private static String conventional(String table, ForeignKey key) {
        return "fk_" + table + "_" + String.join("_", key.columns()) + "_" + key.referencedTable();
    }

    private static String checked(String kind, String name) {
        if (name.getBytes(StandardCharsets.UTF_8).length > Names.MAX_BYTES) {
            throw RenderException.invalid(OpsMessage.NAME_TOO_LONG.format(kind, name));
        }
        return name;
    }
}
