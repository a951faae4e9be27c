package dev.migrate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link Migrator#verify()} found: each applied revision's {@link Migration#verify} run again,
 * read-only, against the live database. A drift check that needs no model of the schema.
 *
 * @param verified the applied revisions whose verify ran, in the order they were applied
 * @param failed each revision whose verify failed, with why, in the same order; empty when all passed
 */
public record VerifyResult(List<String> verified, Map<String, String> failed) {

    /** Copies the values, keeping the order, so the value cannot change. */
    public VerifyResult {
        verified = List.copyOf(verified);
        failed = Collections.unmodifiableMap(new LinkedHashMap<>(failed));
    }

    /**
     * Whether every verify passed.
     *
     * @return {@code true} when none failed
     */
    public boolean passed() {
        return failed.isEmpty();
    }

    /**
     * The report as text: a heading, then one line per failed revision.
     *
     * @return such as {@code migrate: verify: 1 of 3 applied revision(s) failed} and {@code   b2: no column email}
     */
    public String text() {
        StringBuilder text = new StringBuilder("migrate: verify: ");
        if (passed()) {
            text.append(verified.size()).append(" applied revision(s) verified, none failed");
        } else {
            text.append(failed.size()).append(" of ").append(verified.size()).append(" applied revision(s) failed");
            failed.forEach((id, why) -> text.append("\n  ").append(id).append(": ").append(why));
        }
        return text.toString();
    }
}
