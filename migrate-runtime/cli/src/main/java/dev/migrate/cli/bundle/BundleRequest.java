package dev.migrate.cli.bundle;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a release bundle is made of, as a build tool knows it.
 *
 * @param project the project's {@code groupId:artifactId:version}, recorded in the manifest
 * @param classes the project's compiled classes and resources: its revisions, their generated
 *     index and their SQL scripts
 * @param dependencies the project's runtime class path, in its order; the tool's own libraries and
 *     the {@code excludes} are left out of it
 * @param tool the tool's libraries (a Maven plugin's artifacts): those the bundle runs on are
 *     picked from them, the others ignored
 * @param excludes {@code groupId:artifactId} of dependencies to leave out, either part may be {@code *}
 * @param jar the bundle to write; the offline scripts go beside it, named after it
 * @param timestamp every entry's modification time, so that the same inputs give the same bytes
 * @param toolVersion the tool's version, recorded in the manifest
 * @param tables the bookkeeping tables the offline scripts write to
 */
public record BundleRequest(
        String project,
        Path classes,
        List<BundleArtifact> dependencies,
        List<BundleArtifact> tool,
        List<String> excludes,
        Path jar,
        Instant timestamp,
        String toolVersion,
        Tables tables) {

    /** Checks that nothing is missing and copies the lists. */
    public BundleRequest {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(classes, "classes");
        dependencies = List.copyOf(dependencies);
        tool = List.copyOf(tool);
        excludes = List.copyOf(excludes);
        Objects.requireNonNull(jar, "jar");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(tables, "tables");
    }

    /**
     * The bookkeeping tables of the offline scripts; {@code null} for the runtime's defaults.
     *
     * @param schema the tables' schema (a database on MySQL), or {@code null} for the connection's
     * @param versionTable the version table's name, or {@code null} for {@code migrate_version}
     * @param historyTable the history table's name, or {@code null} for {@code migrate_history}
     */
    public record Tables(String schema, String versionTable, String historyTable) {

        /** The runtime's defaults: the connection's schema, {@code migrate_version}, {@code migrate_history}. */
        public static final Tables DEFAULT = new Tables(null, null, null);
    }
}
