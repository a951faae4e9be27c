package dev.migrate.cli.bundle;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One artifact that may go into a release bundle: a dependency of the project, or a library of the
 * tool itself (the runtime, the command line, picocli compiled for Java 17, jackson-jr, the JDBC drivers).
 *
 * @param groupId its group id
 * @param artifactId its artifact id
 * @param version its version
 * @param file its jar, or a directory of classes (a module of the same reactor build)
 */
public record BundleArtifact(String groupId, String artifactId, String version, Path file) {

    /** Checks that nothing is missing. */
    public BundleArtifact {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(artifactId, "artifactId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(file, "file");
    }

    /**
     * The artifact without its version, as excludes name it.
     *
     * @return {@code groupId:artifactId}
     */
    public String key() {
        return groupId + ":" + artifactId;
    }

    /**
     * The artifact as the bundle's manifest names it.
     *
     * @return {@code groupId:artifactId:version}
     */
    public String coordinates() {
        return key() + ":" + version;
    }
}
