package dev.migrate.internal.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Collects the revisions whose checked checksum differs from today's, as they are visited: the
 * one comparison for the history's query and for its single scan, so that both tell the same.
 */
final class ChangedChecksums implements BiConsumer<String, String> {

    private final Function<String, String> now;
    private final List<String> changed = new ArrayList<>();

    /** @param now each revision's checksum today, or {@code null} for one this build does not have */
    ChangedChecksums(Function<String, String> now) {
        this.now = now;
    }

    @Override
    public void accept(String revision, String recorded) {
        String today = now.apply(revision);
        if (today != null && !recorded.equals(today)) {
            changed.add(revision);
        }
    }

    /** The revisions visited whose checksum changed, sorted. */
    List<String> sorted() {
        changed.sort(null);
        return changed;
    }
}
