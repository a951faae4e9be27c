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
 */
public record BundleRequest(
        String project,
        Path classes,
        List<BundleArtifact> dependencies,
        List<BundleArtifact> tool,
        List<String> excludes,
        Path jar,
        Instant timestamp,
        String toolVersion) {

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
    }

}
