package dev.migrate.processor;

import java.util.Map;
import java.util.Set;

/** The processor's {@code -A} options. */
record Options(boolean allowMultipleHeads, String indexClass) {

    static final String ALLOW_MULTIPLE_HEADS = "migrate.allowMultipleHeads";
    static final String INDEX = "migrate.index";
    static final Set<String> ALL = Set.of(ALLOW_MULTIPLE_HEADS, INDEX);

    static Options from(Map<String, String> options) {
        String index = options.get(INDEX);
        return new Options(Boolean.parseBoolean(options.get(ALLOW_MULTIPLE_HEADS)),
                index == null || index.isBlank() ? null : index.trim());
    }
}
