package dev.migrate.cli.bundle;

import dev.migrate.MigrationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tool's own libraries a bundle runs on, picked by name from a build tool's artifacts (a Maven
 * plugin's include its Maven API and other libraries the bundle has no use for).
 */
final class ToolArtifacts {

    /** In the order they win over each other and over the project when two hold the same file. */
    static final List<String> KEYS = List.of(
            "dev.migrate:migrate-runtime",
            "dev.migrate:migrate-cli",
            // picocli compiled for Java 17 from its published sources: picocli's jar holds Java 5 classes,
            // which no AppCDS archive or AOT cache holds.
            "dev.migrate:migrate-cli-picocli",
            "com.fasterxml.jackson.jr:jackson-jr-objects",
            "com.fasterxml.jackson.core:jackson-core",
            // lint reads the revisions' plain SQL with it; without it every statement is only "unchecked".
            "com.github.jsqlparser:jsqlparser",
            "org.postgresql:postgresql",
            "com.mysql:mysql-connector-j",
            "org.mariadb.jdbc:mariadb-java-client",
            "com.h2database:h2");

    /**
     * Libraries a project may depend on whose place a tool library takes: the project's own picocli
     * jar stays out of the bundle, as the tool's libraries do, since the bundle carries picocli.
     */
    private static final Map<String, String> STANDS_IN_FOR = Map.of(
            "dev.migrate:migrate-cli-picocli", "info.picocli:picocli");

    private ToolArtifacts() {}

    /** The keys of the libraries the bundle carries itself: the tool's, and those they stand in for. */
    static Set<String> carried(List<BundleArtifact> tool) {
        Set<String> keys = new HashSet<>();
        for (BundleArtifact artifact : tool) {
            keys.add(artifact.key());
            String replaced = STANDS_IN_FOR.get(artifact.key());
            if (replaced != null) {
                keys.add(replaced);
            }
        }
        return keys;
    }

    /**
     * The libraries of {@link #KEYS}, in that order.
     *
     * @throws MigrationException naming those that are missing: the tool itself is incomplete
     */
    static List<BundleArtifact> select(List<BundleArtifact> artifacts) {
        Map<String, BundleArtifact> byKey = new LinkedHashMap<>();
        for (BundleArtifact artifact : artifacts) {
            byKey.putIfAbsent(artifact.key(), artifact);
        }
        List<BundleArtifact> selected = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String key : KEYS) {
            BundleArtifact artifact = byKey.get(key);
            if (artifact == null) {
                missing.add(key);
            } else {
                selected.add(artifact);
            }
        }
        if (!missing.isEmpty()) {
            throw new MigrationException("the tool's libraries lack " + String.join(", ", missing)
                    + ", which every bundle carries; the plugin's dependencies are incomplete (was one excluded in the POM?)");
        }
        return selected;
    }
}
