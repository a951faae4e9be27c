package dev.migrate.schema;

import java.util.Objects;

/**
 * Changes to one column, for {@link dev.migrate.Ops#alterColumn}. Immutable: each method returns a
 * changed copy.
 *
 * <p>Changing the type or the nullability needs the column <em>as it is now</em>, given with
 * {@link #of(Column)}: MySQL and MariaDB can only redefine a column whole ({@code ALTER TABLE ...
 * MODIFY}), and would otherwise silently drop its {@code NOT NULL}, its default or its {@code
 * AUTO_INCREMENT}. This is Alembic's {@code existing_type}, {@code existing_nullable} and {@code
 * existing_server_default} in one, and it is required on every database, so that a revision that
 * runs on one runs on all. Changing only the default or the name needs just the column's name,
 * {@link #of(String)}.
 *
 * <pre>{@code
 * Column email = Column.of("email", SqlType.varchar(255)).notNull();      // as created earlier
 * op.alterColumn("users", AlterColumn.of(email).type(SqlType.varchar(320)));
 * op.alterColumn("users", AlterColumn.of(email).nullable(true));
 * op.alterColumn("users", AlterColumn.of("email").defaultValue("none"));
 * op.alterColumn("users", AlterColumn.of("email").dropDefault());
 * op.alterColumn("users", AlterColumn.of("email").renameTo("mail"));
 * }</pre>
 *
 * @param column the column's current name
 * @param existing the column as it is now, or {@code null} when only its default or name changes
 * @param newType the new type, or {@code null} to keep it
 * @param newNullable whether it will accept {@code NULL}, or {@code null} to keep that
 * @param newDefault the new default, or {@code null} to keep it (see {@code defaultDropped})
 * @param defaultDropped whether to remove the default, set by {@link #dropDefault()}
 * @param newName the new name, or {@code null} to keep it
 * @param using PostgreSQL's conversion expression for a type change ({@code USING}), or {@code
 *     null}; other databases convert implicitly and ignore it
 */
public record AlterColumn(String column, Column existing, SqlType newType, Boolean newNullable,
        DefaultValue newDefault, boolean defaultDropped, String newName, String using) {

    /** Checks the changes. */
    public AlterColumn {
        Identifiers.check("Column name", column);
        if (existing != null && !existing.name().equals(column)) {
            throw new IllegalArgumentException("AlterColumn of \"" + column + "\" was given the existing column \""
                    + existing.name() + "\"; give the same column");
        }
        if (defaultDropped && newDefault != null) {
            throw new IllegalArgumentException("Column \"" + column + "\" gets a new default and drops its default;"
                    + " do one of the two");
        }
        Identifiers.checkOptional("New column name", newName);
        if (using != null && using.isBlank()) {
            throw new IllegalArgumentException("Column \"" + column + "\" has an empty using expression; give its SQL");
        }
    }

    /**
     * Changes to a column known by its name only: enough for its default and its name.
     *
     * @param column the column's current name
     * @return no changes yet
     */
    public static AlterColumn of(String column) {
        return new AlterColumn(column, null, null, null, null, false, null, null);
    }

    /**
     * Changes to a column given as it is now: needed to change its type or nullability.
     *
     * @param existing the column as it is now: its name, type, nullability, default and identity
     * @return no changes yet
     */
    public static AlterColumn of(Column existing) {
        return new AlterColumn(existing.name(), existing, null, null, null, false, null, null);
    }

    /**
     * Changes the type.
     *
     * @param type the new type
     * @return the changed copy
     */
    public AlterColumn type(SqlType type) {
        return new AlterColumn(column, existing, Objects.requireNonNull(type, "type"), newNullable, newDefault,
                defaultDropped, newName, using);
    }

    /**
     * Changes whether the column accepts {@code NULL}.
     *
     * @param accepted whether it will accept {@code NULL}
     * @return the changed copy
     */
    public AlterColumn nullable(boolean accepted) {
        return new AlterColumn(column, existing, newType, accepted, newDefault, defaultDropped, newName, using);
    }

    /**
     * Sets a new default, a literal as in {@link DefaultValue#of(Object)}.
     *
     * @param value the value; a {@link DefaultValue} is taken as is
     * @return the changed copy
     */
    public AlterColumn defaultValue(Object value) {
        return new AlterColumn(column, existing, newType, newNullable, DefaultValue.of(value), false, newName, using);
    }

    /**
     * Removes the default.
     *
     * @return the changed copy
     */
    public AlterColumn dropDefault() {
        return new AlterColumn(column, existing, newType, newNullable, null, true, newName, using);
    }

    /**
     * Renames the column, after the other changes.
     *
     * @param name the new name
     * @return the changed copy
     */
    public AlterColumn renameTo(String name) {
        return new AlterColumn(column, existing, newType, newNullable, newDefault, defaultDropped, name, using);
    }

    /**
     * How PostgreSQL converts the values on a type change ({@code USING}); ignored by the other
     * databases, which convert implicitly. It is SQL, rendered as written: never build it from
     * user input.
     *
     * @param sql such as {@code "code::integer"}
     * @return the changed copy
     */
    public AlterColumn using(String sql) {
        return new AlterColumn(column, existing, newType, newNullable, newDefault, defaultDropped, newName,
                Objects.requireNonNull(sql, "sql").strip());
    }

    /**
     * Whether this changes nothing.
     *
     * @return whether no change was asked for
     */
    public boolean isEmpty() {
        return newType == null && newNullable == null && newDefault == null && !defaultDropped && newName == null;
    }
}
