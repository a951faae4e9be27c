package dev.migrate.processor;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The processor's {@code -A} options. */
record Options(boolean allowMultipleHeads, String indexClass, List<Path> resources) {

    static final String ALLOW_MULTIPLE_HEADS = "migrate.allowMultipleHeads";
    static final String INDEX = "migrate.index";
    /** Folders to look for SQL scripts in besides the class output and the class path, separated as a class path. */
    static final String RESOURCES = "migrate.resources";
    static final Set<String> ALL = Set.of(ALLOW_MULTIPLE_HEADS, INDEX, RESOURCES);

    static Options from(Map<String, String> options) {
        String index = options.get(INDEX);
        String resources = options.get(RESOURCES);
        List<Path> folders = resources == null ? List.of() : Arrays.stream(resources.split(File.pathSeparator))
                .map(String::trim)
                .filter(folder -> !folder.isEmpty())
                .map(Path::of)
                .toList();
        return new Options(Boolean.parseBoolean(options.get(ALLOW_MULTIPLE_HEADS)),
                index == null || index.isBlank() ? null : index.trim(), folders);
    }
}
