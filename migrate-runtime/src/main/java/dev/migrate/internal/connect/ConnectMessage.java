package dev.migrate.internal.connect;

import java.util.Locale;

/** The messages about opening connections, worded once. */
enum ConnectMessage {
    /** No args. */
    NO_POOL("A connection pool was asked for (pooled(true) on Migrator.builder()), but HikariCP is not on the class"
            + " path; add the dependency com.zaxxer:HikariCP, or leave pooled off: without a pool each command opens"
            + " the few connections it needs"),
    /** Args: the URL. */
    NO_DRIVER("No JDBC driver on the class path takes the URL %s; add the database's driver: org.postgresql:postgresql"
            + " for jdbc:postgresql:, com.mysql:mysql-connector-j for jdbc:mysql:, org.mariadb.jdbc:mariadb-java-client"
            + " for jdbc:mariadb:, com.h2database:h2 for jdbc:h2:"),
    /** Args: the failure. */
    CANNOT_CLOSE("Cannot close the connection pool: %s");

    private final String template;

    ConnectMessage(String template) {
        this.template = template;
    }

    String format(Object... args) {
        return String.format(Locale.ROOT, template, args);
    }
}
