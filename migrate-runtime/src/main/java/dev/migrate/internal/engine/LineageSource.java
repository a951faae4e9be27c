package dev.migrate.internal.engine;

import java.util.Collection;
import java.util.Map;

/** Where the recorded lineage of revisions this build does not have comes from: the history table. */
public interface LineageSource {

    /**
     * The latest recorded lineage of each of {@code revisions} that has one.
     *
     * @param revisions revision ids
     * @return the column's text (see {@link Lineage#text}) by revision id; revisions without a
     *     recorded lineage are absent
     */
    Map<String, String> recorded(Collection<String> revisions);

    /**
     * The latest recorded lineage of every revision that has one, for a long walk.
     *
     * @return the column's text by revision id
     */
    Map<String, String> all();
}
