package dev.migrate.processor;

import java.util.List;
import java.util.Map;

/**
 * A revision's checksum: the checksum of its source, with the content of the SQL scripts it runs
 * folded in, so that editing a script counts as editing the revision. A revision without scripts
 * keeps its source's checksum as is.
 *
 * @param source the source's checksum ({@link SourceChecksum})
 * @param scripts the resources of the scripts it runs, sorted, each once
 * @param value the checksum the index records
 */
record Digest(String source, List<String> scripts, String value) {

    /**
     * @param source the source's checksum
     * @param scriptChecksums each script's resource name and the checksum of its normalised text, sorted by name
     */
    static Digest of(String source, Map<String, String> scriptChecksums) {
        if (scriptChecksums.isEmpty()) {
            return new Digest(source, List.of(), source);
        }
        StringBuilder text = new StringBuilder(source).append('\n');
        scriptChecksums.forEach((resource, checksum) -> text.append("script ").append(resource).append(' ')
                .append(checksum).append('\n'));
        return new Digest(source, List.copyOf(scriptChecksums.keySet()), SourceChecksum.sha256(text.toString()));
    }
}
