package dev.migrate.internal.backup;

import dev.migrate.MigrationException;
import dev.migrate.internal.Redaction;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a database is, read from its JDBC URL, for the command-line tools that know no JDBC.
 *
 * @param kind {@code postgresql}, {@code mysql} (also MariaDB) or {@code h2}
 * @param host the host; {@code localhost} when the URL names none
 * @param port the port; the database's default when the URL names none
 * @param database the database; for H2 the whole URL's database part
 * @param schema the PostgreSQL schema a backup is limited to, or {@code null} for the whole database
 */
record DatabaseAddress(String kind, String host, int port, String database, String schema) {

    // jdbc:postgresql://host:port/db?x=y, jdbc:postgresql:db, jdbc:mysql://user:pw@host/db, jdbc:mariadb://h1,h2/db
    private static final Pattern SERVER_URL = Pattern.compile(
            "jdbc:(postgresql|mysql|mariadb):(?://(?:[^@/]*@)?([^/?;]*))?/?([^?;]*)(?:[?;](.*))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CURRENT_SCHEMA = Pattern.compile("(?i)(?:^|&)currentSchema=([^&]*)");

    /**
     * Reads a URL.
     *
     * @param url the JDBC URL
     * @param schema the configured schema (a database, on MySQL/MariaDB), or {@code null}
     */
    static DatabaseAddress parse(String url, String schema) {
        String trimmed = url.trim();
        if (trimmed.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:")) {
            return new DatabaseAddress("h2", null, 0, trimmed.substring("jdbc:h2:".length()), schema);
        }
        Matcher m = SERVER_URL.matcher(trimmed);
        if (!m.matches()) {
            throw new MigrationException("cannot back up " + Redaction.url(trimmed) + ": backups support"
                    + " jdbc:postgresql:, jdbc:mysql:, jdbc:mariadb: and jdbc:h2: URLs");
        }
        String kind = m.group(1).toLowerCase(Locale.ROOT).equals("postgresql") ? "postgresql" : "mysql";
        int defaultPort = kind.equals("postgresql") ? 5432 : 3306;
        // Several hosts (failover): the tools take one, the first.
        String hosts = m.group(2) == null || m.group(2).isEmpty() ? "localhost" : m.group(2).split(",")[0];
        String host = hosts;
        int port = defaultPort;
        int colon = hosts.lastIndexOf(':');
        if (colon > 0 && !hosts.endsWith("]")) {
            host = hosts.substring(0, colon);
            port = Integer.parseInt(hosts.substring(colon + 1));
        }
        host = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        String database = decode(m.group(3));
        if (kind.equals("mysql")) {
            // On MySQL/MariaDB the configured schema is a database.
            String name = schema != null ? schema : database;
            if (name.isEmpty()) {
                throw new MigrationException("cannot back up " + Redaction.url(trimmed) + ": the URL names no"
                        + " database; add one to it (jdbc:mysql://host:3306/app) or set schema");
            }
            return new DatabaseAddress(kind, host, port, name, null);
        }
        String scope = schema;
        if (scope == null && m.group(4) != null) {
            Matcher current = CURRENT_SCHEMA.matcher(m.group(4));
            scope = current.find() ? decode(current.group(1)).split(",")[0] : null;
        }
        if (database.isEmpty()) {
            throw new MigrationException("cannot back up " + Redaction.url(trimmed) + ": the URL names no"
                    + " database; add one to it, such as jdbc:postgresql://host:5432/app");
        }
        return new DatabaseAddress(kind, host, port, database, scope);
    }

    /** The database part of a backup's file name: the database, and the schema when limited to one. */
    String label() {
        if (kind.equals("h2")) {
            String path = database.split(";")[0];
            String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf(':')) + 1);
            return name.isEmpty() ? "h2" : name;
        }
        return schema == null ? database : database + "." + schema;
    }

    private static String decode(String text) {
        return text == null ? "" : URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
