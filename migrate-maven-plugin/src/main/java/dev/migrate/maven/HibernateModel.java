package dev.migrate.maven;

import dev.migrate.diff.SchemaModel;
import dev.migrate.diff.Sequence;
import dev.migrate.internal.Names;
import dev.migrate.internal.schema.JdbcTypes;
import dev.migrate.schema.Check;
import dev.migrate.schema.Column;
import dev.migrate.schema.DefaultValue;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.Table;
import dev.migrate.schema.Unique;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.boot.model.relational.internal.SqlStringGenerationContextImpl;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.mapping.CheckConstraint;
import org.hibernate.mapping.PrimaryKey;
import org.hibernate.mapping.UniqueKey;
import org.hibernate.type.SqlTypes;

/**
 * The schema a project's JPA entities expect, as Hibernate ORM maps them: its boot metamodel,
 * built without a connection for the database's product and version, with the project's naming
 * strategies, turned into a {@link SchemaModel}. Hibernate's own implicit names of constraints and
 * indexes (hashes such as {@code FK4x...}) give way to migrate's conventional ones; names the
 * entities give are kept.
 */
final class HibernateModel {

    /** Hibernate's generated constraint and index names: a prefix and a hash. */
    private static final Pattern IMPLICIT_NAME = Pattern.compile("(?i)(FK|UK|IDX)[0-9a-z]{16,}");

    /** A DDL type's name and the numbers in its parentheses, such as {@code numeric(38,2)}. */
    private static final Pattern DDL_TYPE = Pattern.compile("([^(]*)(?:\\((\\d+)(?:\\s*,\\s*(\\d+))?\\))?(.*)");

    private HibernateModel() {}

    /**
     * The database to map for.
     *
     * @param product the product name as JDBC gives it, such as {@code PostgreSQL}
     * @param major its major version
     * @param minor its minor version
     */
    record Database(String product, int major, int minor) {
        String key() {
            return product.toLowerCase(Locale.ROOT);
        }
    }

    /**
     * What a goal takes from the boot metamodel.
     *
     * @param <T> what it makes of it
     */
    @FunctionalInterface
    interface Reading<T> {
        /**
         * Reads the metamodel.
         *
         * @param metadata Hibernate's boot metamodel of the entities
         * @param database the database's product in lower case, as {@link Database#key()}
         * @return what the goal needs
         */
        T read(Metadata metadata, String database);
    }

    /**
     * Reads the entities.
     *
     * @param classNames the entity classes
     * @param loader the loader of the project's classes, sharing {@code jakarta.persistence} with Hibernate
     * @param database the database whose dialect maps them
     * @param settings more Hibernate settings, such as {@code hibernate.physical_naming_strategy}
     * @return the tables and indexes they map to
     * @throws ClassNotFoundException when a class cannot be loaded
     */
    static SchemaModel read(List<String> classNames, ClassLoader loader, Database database, Map<String, Object> settings)
            throws ClassNotFoundException {
        return read(classNames, loader, database, settings, HibernateModel::model);
    }

    /**
     * Reads the entities' metamodel into what a goal needs.
     *
     * @param <T> what the goal makes of it
     * @param classNames the entity classes
     * @param loader the loader of the project's classes, sharing {@code jakarta.persistence} with Hibernate
     * @param database the database whose dialect maps them
     * @param settings more Hibernate settings, such as {@code hibernate.physical_naming_strategy}
     * @param reading what to take from the metamodel, such as {@link #model}
     * @return what it took
     * @throws ClassNotFoundException when a class cannot be loaded
     */
    static <T> T read(List<String> classNames, ClassLoader loader, Database database, Map<String, Object> settings,
            Reading<T> reading) throws ClassNotFoundException {
        // Hibernate logs its version and a connection-less "database info" at INFO: noise in a build's output.
        Logger hibernate = Logger.getLogger("org.hibernate");
        Level level = hibernate.getLevel();
        hibernate.setLevel(Level.WARNING);
        try {
            return readQuietly(classNames, loader, database, settings, reading);
        } finally {
            hibernate.setLevel(level);
        }
    }

    private static <T> T readQuietly(List<String> classNames, ClassLoader loader, Database database,
            Map<String, Object> settings, Reading<T> reading) throws ClassNotFoundException {
        BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap)
                .applySetting("hibernate.boot.allow_jdbc_metadata_access", false)
                .applySetting("jakarta.persistence.database-product-name", database.product())
                .applySetting("jakarta.persistence.database-major-version", database.major())
                .applySetting("jakarta.persistence.database-minor-version", database.minor())
                .applySettings(settings)
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            for (String name : classNames) {
                sources.addAnnotatedClass(Class.forName(name, false, loader));
            }
            Metadata metadata = sources.buildMetadata();
            return reading.read(metadata, database.key());
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    /**
     * An unquoted name as the database stores it, written so that a revision's quoted name is the
     * same: PostgreSQL folds it to lower case, and so does a revision on H2 (whose renderer gives
     * lower-case names upper-case, as H2 stores unquoted ones); MySQL keeps it as written.
     */
    private static String fold(String name, boolean quoted, String database) {
        boolean folds = database.equals("h2") || database.equals("postgresql");
        return folds && !quoted ? name.toLowerCase(Locale.ROOT) : name;
    }

    /** A table's name as the model gives it: lint's findings compare with the same. */
    static String tableName(org.hibernate.mapping.Table table, String database) {
        return fold(table.getName(), table.isQuoted(), database);
    }

    /** A column's name as the model gives it. */
    static String columnName(org.hibernate.mapping.Column column, String database) {
        return fold(column.getName(), column.isQuoted(), database);
    }

    /** The tables, indexes and sequences of a metamodel, as {@link SchemaModel} holds them. */
    static SchemaModel model(Metadata metadata, String database) {
        List<Table> tables = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        Map<String, List<String>> initSql = new LinkedHashMap<>();
        SqlStringGenerationContext context = SqlStringGenerationContextImpl.fromExplicit(
                metadata.getDatabase().getJdbcEnvironment(), metadata.getDatabase(), null, null);
        List<org.hibernate.mapping.Table> mapped = new ArrayList<>(metadata.collectTableMappings());
        mapped.sort(Comparator.comparing(t -> t.getName()));
        for (org.hibernate.mapping.Table mapping : mapped) {
            if (!mapping.isPhysicalTable() || mapping.isView() || mapping.isAbstract()) {
                continue;
            }
            tables.add(table(mapping, metadata, database));
            // Where the database has no sequences, Hibernate keeps ids in a table that needs its first row.
            List<String> statements = new ArrayList<>();
            mapping.getInitCommands(context).forEach(command -> statements.addAll(List.of(command.initCommands())));
            if (!statements.isEmpty()) {
                initSql.put(tableName(mapping, database).toLowerCase(Locale.ROOT), statements);
            }
            for (org.hibernate.mapping.Index index : mapping.getIndexes().values()) {
                List<String> columns = index.getSelectables().stream().map(c -> fold(c.getText(), false, database)).toList();
                String name = implicit(index.getName())
                        ? Names.fitted("ix_" + tableName(mapping, database) + "_" + String.join("_", columns))
                        : fold(index.getName(), false, database);
                indexes.add(new Index(name, tableName(mapping, database), columns, index.isUnique(), null, false));
            }
        }
        List<Sequence> sequences = new ArrayList<>();
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            for (org.hibernate.boot.model.relational.Sequence sequence : namespace.getSequences()) {
                Identifier name = sequence.getName().getSequenceName();
                sequences.add(new Sequence(fold(name.getText(), name.isQuoted(), database), sequence.getInitialValue(),
                        sequence.getIncrementSize()));
            }
        }
        sequences.sort(Comparator.comparing(Sequence::name));
        return new SchemaModel(tables, indexes, sequences, initSql);
    }

    private static Table table(org.hibernate.mapping.Table mapping, Metadata metadata, String database) {
        String tableName = tableName(mapping, database);
        Table table = Table.named(tableName);
        List<String> uniqueColumns = new ArrayList<>();
        List<Check> checks = new ArrayList<>();
        for (org.hibernate.mapping.Column column : mapping.getColumns()) {
            table = table.column(column(column, metadata, database));
            if (column.isUnique() && !mapping.isPrimaryKey(column)) {
                uniqueColumns.add(columnName(column, database));
            }
            for (CheckConstraint check : column.getCheckConstraints()) {
                String name = check.isNamed() ? fold(check.getName(), false, database)
                        : Names.fitted("ck_" + tableName + "_" + columnName(column, database));
                checks.add(Check.of(name, check.getConstraint()));
            }
        }
        PrimaryKey primaryKey = mapping.getPrimaryKey();
        if (primaryKey != null) {
            table = table.primaryKey(primaryKey.getColumns().stream().map(c -> columnName(c, database))
                    .toArray(String[]::new));
        }
        List<List<String>> uniques = new ArrayList<>();
        for (UniqueKey unique : mapping.getUniqueKeys().values()) {
            if (mapping.isRedundantUniqueKey(unique)) {
                continue;
            }
            List<String> columns = unique.getColumns().stream().map(c -> columnName(c, database)).toList();
            uniques.add(columns);
            String name = implicit(unique.getName()) ? null : fold(unique.getName(), false, database);
            table = table.unique(new Unique(name, columns));
        }
        for (String column : uniqueColumns) {
            if (!uniques.contains(List.of(column))) {
                table = table.unique(Unique.of(column));
            }
        }
        for (org.hibernate.mapping.ForeignKey key : mapping.getForeignKeyCollection()) {
            if (!key.isCreationEnabled() || !key.isPhysicalConstraint()) {
                continue;
            }
            org.hibernate.mapping.Table referenced = key.getReferencedTable();
            List<org.hibernate.mapping.Column> targets = key.isReferenceToPrimaryKey()
                    ? referenced.getPrimaryKey().getColumns() : key.getReferencedColumns();
            String name = implicit(key.getName()) ? null : fold(key.getName(), false, database);
            table = table.foreignKey(new ForeignKey(name,
                    key.getColumns().stream().map(c -> columnName(c, database)).toList(), tableName(referenced, database),
                    targets.stream().map(c -> columnName(c, database)).toList(), action(key.getOnDeleteAction()),
                    null));
        }
        int n = 0;
        for (CheckConstraint check : mapping.getChecks()) {
            n++;
            String name = check.isNamed() ? fold(check.getName(), false, database)
                    : Names.fitted("ck_" + tableName + "_" + n);
            checks.add(Check.of(name, check.getConstraint()));
        }
        for (Check check : checks) {
            table = table.check(check);
        }
        return table;
    }

    private static Column column(org.hibernate.mapping.Column mapping, Metadata metadata, String database) {
        String ddl = mapping.getSqlType(metadata);
        Matcher parts = DDL_TYPE.matcher(ddl.strip());
        parts.matches();
        String name = (parts.group(1) + parts.group(4)).strip();
        long size = parts.group(2) == null ? 0 : Long.parseLong(parts.group(2));
        int scale = parts.group(3) == null ? 0 : Integer.parseInt(parts.group(3));
        SqlType type = JdbcTypes.sqlType(database, jdbcCode(mapping.getSqlTypeCode(metadata)), name, size, scale, ddl);
        Column column = Column.of(columnName(mapping, database), type).nullable(mapping.isNullable());
        if (mapping.isIdentity() && type.isInteger()) {
            return column.identity();
        }
        if (mapping.getDefaultValue() != null) {
            column = column.defaultValue(DefaultValue.expression(mapping.getDefaultValue()));
        }
        return column;
    }

    /** Hibernate's own type codes in JDBC's terms, where JDBC has one. */
    private static int jdbcCode(int code) {
        return switch (code) {
            case SqlTypes.TIMESTAMP_UTC, SqlTypes.INSTANT -> Types.TIMESTAMP_WITH_TIMEZONE;
            case SqlTypes.LONG32VARCHAR, SqlTypes.LONG32NVARCHAR -> Types.LONGVARCHAR;
            case SqlTypes.LONG32VARBINARY -> Types.LONGVARBINARY;
            default -> code;
        };
    }

    private static ReferentialAction action(OnDeleteAction action) {
        if (action == null) {
            return null;
        }
        return switch (action) {
            case CASCADE -> ReferentialAction.CASCADE;
            case SET_NULL -> ReferentialAction.SET_NULL;
            case SET_DEFAULT -> ReferentialAction.SET_DEFAULT;
            case RESTRICT -> ReferentialAction.RESTRICT;
            default -> null;
        };
    }

    private static boolean implicit(String name) {
        return name == null || IMPLICIT_NAME.matcher(name).matches();
    }
}
