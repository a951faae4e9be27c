package dev.migrate.cli.bundle;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** A release bundle of a benchmark's revisions, written as {@code migrate:bundle} writes one, for the benchmarks' packages. */
public final class BenchmarkBundle {

    private BenchmarkBundle() {}

    /**
     * Writes the bundle of {@code classes}, with the tool's libraries of this class path and no other dependency.
     *
     * @param classes the compiled revisions and their index
     * @param jar where the bundle goes; its offline scripts go beside it
     * @return the bundle
     * @throws IOException when the classes cannot be read or the bundle written
     */
    public static Path write(Path classes, Path jar) throws IOException {
        return BundleWriter.write(new BundleRequest("dev.migrate.benchmark:revisions:1.0", classes, List.of(),
                ToolJars.all(), List.of(), jar, Instant.EPOCH, "benchmark")).jar();
    }
}
