package dev.migrate;

/**
 * One key's value and where it came from.
 *
 * @param value the value as given
 * @param origin the setting that gave it, for messages: such as {@code migrate.user}, {@code the
 *     environment variable MIGRATE_USER} or {@code user in /app/migrate.properties}
 * @param place the source, to tell whether two values come from one place: {@code explicit},
 *     {@code environment} or the file
 */
record ConfigValue(String value, String origin, String place) {}
