package dev.migrate.maven;

import dev.migrate.lint.EntityMappings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.IndexedCollection;
import org.hibernate.mapping.Join;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.Value;

/**
 * Which entity class or property maps each table and column of Hibernate's boot metamodel, keyed
 * as {@link EntityMappings#key} names them, with the names {@link HibernateModel} gives the tables
 * and columns: {@code guest} to {@code shop.Guest}, {@code guest.email} to {@code shop.Guest.email},
 * a join table to its collection's role. The lint's findings name them.
 */
final class EntityOwners {

    private final String database;
    private final Map<String, String> owners = new LinkedHashMap<>();

    private EntityOwners(String database) {
        this.database = database;
    }

    /**
     * The owners of a metamodel's tables and columns.
     *
     * @param metadata Hibernate's boot metamodel
     * @param database the database's product in lower case, as {@link HibernateModel} folds names for it
     * @return the owners by table or {@code table.column}
     */
    static Map<String, String> of(Metadata metadata, String database) {
        EntityOwners owners = new EntityOwners(database);
        // Entities first: a column that an entity's property maps and a collection refers to is the property's.
        metadata.getEntityBindings().stream().sorted(java.util.Comparator.comparing(PersistentClass::getClassName))
                .forEach(owners::entity);
        metadata.getCollectionBindings().forEach(owners::collection);
        return owners.owners;
    }

    private void entity(PersistentClass entity) {
        String name = entity.getClassName();
        // A single-table subclass shares its parent's table, which the parent owns.
        if (entity.getSuperclass() == null || entity.getSuperclass().getTable() != entity.getTable()) {
            table(entity.getTable(), name);
        }
        Property id = entity.getIdentifierProperty();
        if (id != null && entity.getSuperclass() == null) {
            property(name, id);
        } else if (entity.getSuperclass() == null && entity.getIdentifier() != null) {
            columns(entity.getIdentifier(), name);
        }
        if (entity.getSuperclass() != null && entity.getKey() != null) {
            // A joined subclass's own table repeats the id.
            columns(entity.getKey(), name + (id == null ? "" : "." + id.getName()));
        }
        entity.getProperties().forEach(property -> property(name, property));
        for (Join join : entity.getJoins()) {
            table(join.getTable(), name);
            columns(join.getKey(), name);
            join.getProperties().forEach(property -> property(name, property));
        }
        if (entity.getVersion() != null) {
            property(name, entity.getVersion());
        }
    }

    private void property(String owner, Property property) {
        String path = owner + "." + property.getName();
        Value value = property.getValue();
        if (value instanceof Collection) {
            return;
        }
        if (value instanceof Component component) {
            component.getProperties().forEach(part -> property(path, part));
        }
        columns(value, path);
    }

    private void collection(Collection collection) {
        String role = collection.getRole();
        if (!collection.isOneToMany()) {
            table(collection.getCollectionTable(), role);
        }
        columns(collection.getKey(), role);
        columns(collection.getElement(), role);
        if (collection instanceof IndexedCollection indexed && indexed.getIndex() != null) {
            columns(indexed.getIndex(), role);
        }
    }

    private void table(Table table, String owner) {
        if (table != null) {
            owners.putIfAbsent(HibernateModel.tableName(table, database), owner);
        }
    }

    private void columns(Value value, String owner) {
        Table table = value == null ? null : value.getTable();
        if (table == null) {
            return;
        }
        List<org.hibernate.mapping.Column> columns = value.getColumns();
        for (org.hibernate.mapping.Column column : columns) {
            owners.putIfAbsent(EntityMappings.key(HibernateModel.tableName(table, database),
                    HibernateModel.columnName(column, database)), owner);
        }
    }
}
