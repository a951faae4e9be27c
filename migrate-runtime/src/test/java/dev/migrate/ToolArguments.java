package dev.migrate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The backup tools behind wrappers that record each spawned tool's process argument list, as the
 * kernel shows it to {@code ps} ({@code /proc/<pid>/cmdline}), then {@code exec} the real tool in
 * the same process with the same arguments.
 */
final class ToolArguments {

    private final Path bin;
    private final Path log;

    private ToolArguments(Path bin, Path log) {
        this.bin = bin;
        this.log = log;
    }

    /** Wraps every backup tool installed in {@code /usr/bin}, in a {@code bin} directory under {@code directory}. */
    static ToolArguments wrap(Path directory) throws IOException {
        Path log = directory.resolve("argv.log");
        Path bin = Files.createDirectories(directory.resolve("bin"));
        for (String tool : List.of("pg_dump", "pg_restore", "mysqldump", "mysql", "mariadb-dump", "mariadb")) {
            Path real = Path.of("/usr/bin", tool);
            if (Files.isExecutable(real)) {
                Path wrapper = bin.resolve(tool);
                Files.writeString(wrapper, "#!/bin/sh\n/usr/bin/tr '\\0' ' ' < /proc/$$/cmdline >> '" + log + "'\n"
                        + "echo >> '" + log + "'\nexec " + real + " \"$@\"\n");
                wrapper.toFile().setExecutable(true);
            }
        }
        return new ToolArguments(bin, log);
    }

    /** The environment whose {@code PATH} finds the wrappers only. */
    Map<String, String> environment() {
        return Map.of("PATH", bin.toString());
    }

    /** Each spawned tool's argument list, a line each, in order; empty when none ran. */
    String recorded() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }
}
