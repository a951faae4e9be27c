package dev.migrate.lint;

import dev.migrate.diff.SchemaModel;
import dev.migrate.schema.Table;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The tables and columns a project's entities (such as its JPA classes) map, and which class or
 * property maps each, for the rules {@link Rule#DROP_TABLE_IN_USE} and {@link
 * Rule#DROP_COLUMN_IN_USE}: see {@link Linter#entities}. Names compare without case, as {@link
 * dev.migrate.diff.SchemaDiff} compares them; the model names them as the database stores them.
 *
 * <pre>{@code
 * EntityMappings mappings = EntityMappings.of(expected, Map.of(
 *         "guest", "com.example.Guest",
 *         "guest.email", "com.example.Guest.email"));
 * }</pre>
 */
public final class EntityMappings {

    private final SchemaModel model;
    private final Map<String, String> owners = new LinkedHashMap<>();

    private EntityMappings(SchemaModel model, Map<String, String> owners) {
        this.model = model;
        owners.forEach((key, owner) -> this.owners.put(key.toLowerCase(Locale.ROOT), owner));
    }

    /**
     * The tables and columns of a model, without their owners.
     *
     * @param model the schema the entities expect
     * @return the mappings
     */
    public static EntityMappings of(SchemaModel model) {
        return of(model, Map.of());
    }

    /**
     * The tables and columns of a model, with what maps them.
     *
     * @param model the schema the entities expect
     * @param owners what maps each table and column, by {@link #key}: such as {@code guest} to
     *     {@code com.example.Guest} and {@code guest.email} to {@code com.example.Guest.email}; a
     *     table or column without an entry is mapped by an unnamed entity
     * @return the mappings
     */
    public static EntityMappings of(SchemaModel model, Map<String, String> owners) {
        return new EntityMappings(model, owners);
    }

    /**
     * The key of a table or column in the owners' map.
     *
     * @param table the table
     * @param column the column, or {@code null} for the table itself
     * @return {@code table} or {@code table.column}
     */
    public static String key(String table, String column) {
        return column == null ? table : table + "." + column;
    }

    /**
     * The schema the entities expect.
     *
     * @return the model
     */
    public SchemaModel model() {
        return model;
    }

    /**
     * Whether the entities map a table, or a column of it.
     *
     * @param table the table, in any case
     * @param column the column, in any case, or {@code null} for the table itself
     * @return whether it is mapped
     */
    public boolean maps(String table, String column) {
        Optional<Table> mapped = table == null ? Optional.empty() : model.table(table);
        return mapped.isPresent() && (column == null
                || mapped.get().columns().stream().anyMatch(c -> c.name().equalsIgnoreCase(column)));
    }

    /**
     * What maps a table or a column, when it was given.
     *
     * @param table the table, in any case
     * @param column the column, in any case, or {@code null} for the table itself
     * @return such as {@code com.example.Guest} or {@code com.example.Guest.email}, or empty
     */
    public Optional<String> owner(String table, String column) {
        return Optional.ofNullable(owners.get(key(table, column).toLowerCase(Locale.ROOT)));
    }
}
