package dev.migrate.testing;

import dev.migrate.internal.Redaction;

/**
 * Where a test server is, read from the environment with local defaults.
 *
 * @param kind which database
 * @param url the JDBC URL
 * @param user the user
 * @param password the password, never printed
 * @param urlVariable the variable that overrides the URL, for messages
 */
record ServerSettings(DatabaseKind kind, String url, String user, String password, String urlVariable) {

    static ServerSettings fromEnvironment(DatabaseKind kind) {
        return switch (kind) {
            case POSTGRESQL -> read(kind, "MIGRATE_TEST_POSTGRES", "jdbc:postgresql://127.0.0.1:5432/test", "postgres");
            case MYSQL -> read(kind, "MIGRATE_TEST_MYSQL", "jdbc:mysql://127.0.0.1:3306/test", "root");
            case H2 -> throw new IllegalArgumentException("H2 needs no server");
        };
    }

    private static ServerSettings read(DatabaseKind kind, String prefix, String url, String user) {
        return new ServerSettings(kind, env(prefix + "_URL", url), env(prefix + "_USER", user),
                env(prefix + "_PASSWORD", ""), prefix + "_URL");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }

    /** The variables to set, for messages. */
    String variables() {
        String prefix = urlVariable.substring(0, urlVariable.length() - "_URL".length());
        return urlVariable + " (and " + prefix + "_USER, " + prefix + "_PASSWORD)";
    }

    /** The URL without credentials: no user-info part, no password parameter. */
    String safeUrl() {
        return Redaction.url(url);
    }

    @Override
    public String toString() {
        return kind + " at " + safeUrl() + " as " + user;
    }
}
