package dev.migrate.internal.jdbc;

import dev.migrate.internal.engine.RecordedRevision;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * What one scan of the history's revision rows in id order tells a status: what {@link
 * HistoryTable#recordedRevisions} reads; the checksum each revision is checked against, as
 * {@link HistoryTable#changedChecksums} reads it; and whether {@link
 * HistoryTable#failedRevisions} would find a row. All are worked out here rather than by further
 * queries with their anti-joins. The rows' predicates stay in the scan's SQL, so that the database
 * compares the columns as the older queries had it compare them.
 */
public final class RecordedHistory {

    /** What a database without a history table records: nothing. */
    public static final RecordedHistory EMPTY = new RecordedHistory(Map.of(), Map.of(), Set.of());

    /** A row's step column: an accepted checksum's row, which records no step. */
    static final int NO_STEP = 0;
    /** A row's step column: a step that ended otherwise than failed. */
    static final int FINISHED_STEP = 1;
    /** A row's step column: a step that failed, or is running (or was, when its run stopped). */
    static final int UNFINISHED_STEP = 2;

    private final Map<String, RecordedRevision> recorded;
    /** Each revision's latest row's checked checksum; {@code null} when that row carries none. */
    private final Map<String, String> latest;
    /** The revisions whose latest step failed or is running. */
    private final Set<String> unfinished;

    private RecordedHistory(Map<String, RecordedRevision> recorded, Map<String, String> latest,
            Set<String> unfinished) {
        this.recorded = recorded;
        this.latest = latest;
        this.unfinished = unfinished;
    }

    /**
     * Whether a revision's latest step failed or is running: only then has {@link
     * HistoryTable#failedRevisions} anything to read, and a status asks it for their details.
     */
    public boolean unfinishedSteps() {
        return !unfinished.isEmpty();
    }

    /** The revisions whose latest step failed or is running, those {@link HistoryTable#failedRevisions} reads. */
    Set<String> unfinished() {
        return unfinished;
    }

    /**
     * What the history records of each revision with an applied row, as {@link
     * HistoryTable#recordedRevisions} reads it; empty when the scan was asked for checksums only.
     */
    public Map<String, RecordedRevision> recorded() {
        return recorded;
    }

    /**
     * The checksum each revision is checked against, as {@link HistoryTable#appliedChecksums} reads
     * it: for every revision whose latest row is an applied upgrade or an accepted checksum, with a
     * checksum. For the tests, which hold it against that query; a status compares by {@link
     * #changedChecksums}.
     */
    Map<String, String> checksums() {
        Map<String, String> checksums = new HashMap<>();
        forEachChecksum(checksums::put);
        return checksums;
    }

    /**
     * The revisions whose checked checksum differs from {@code now}'s, as {@link
     * HistoryTable#changedChecksums} tells them.
     *
     * @param now each revision's checksum today, or {@code null} for one this build does not have
     * @return the revisions whose checksum changed, sorted
     */
    public List<String> changedChecksums(Function<String, String> now) {
        ChangedChecksums changed = new ChangedChecksums(now);
        forEachChecksum(changed);
        return changed.sorted();
    }

    private void forEachChecksum(BiConsumer<String, String> visit) {
        latest.forEach((revision, checksum) -> {
            if (checksum != null) {
                visit.accept(revision, checksum);
            }
        });
    }

    /** Takes the revision rows one by one, oldest first, and tells what they record. */
    static final class Scan {

        private final boolean withRecorded;
        private final Map<String, RecordedRevision> recorded = new HashMap<>();
        /** Each revision's latest row's checked checksum; {@code null} when that row carries none. */
        private final Map<String, String> latest = new HashMap<>();
        /** The revisions whose latest step so far failed or is running. */
        private final Set<String> unfinished = new HashSet<>();

        /** @param withRecorded whether the rows come with what {@link #recorded()} needs */
        Scan(boolean withRecorded) {
            this.withRecorded = withRecorded;
        }

        /**
         * Takes one revision row (no seed's), newer than every row taken before.
         *
         * @param revision the row's revision
         * @param checksum the row's checksum when it is one a revision is checked against (an
         *     applied upgrade's, or an accepted one), else {@code null}
         * @param step {@link #NO_STEP}, {@link #FINISHED_STEP} or {@link #UNFINISHED_STEP}
         */
        void row(String revision, String checksum, int step) {
            // A later row of any kind, a failure or a downgrade too, hides an earlier row's checksum.
            latest.put(revision, checksum);
            if (step == UNFINISHED_STEP) {
                unfinished.add(revision);
            } else if (step == FINISHED_STEP) {
                unfinished.remove(revision);
            }
        }

        /**
         * Takes what an {@code applied} row records, after its {@link #row}; only when the scan is
         * {@code withRecorded}.
         *
         * @param revision the row's revision
         * @param direction the row's direction column
         * @param lineage the row's lineage column, or {@code null}
         */
        void applied(String revision, String direction, String lineage) {
            boolean applied = HistoryDirection.ofColumn(direction) != HistoryDirection.DOWNGRADE;
            RecordedRevision before = recorded.get(revision);
            if (lineage == null && before != null) {
                // A row without lineage (a stamp, a downgrade) keeps the one an earlier applied row recorded.
                lineage = before.lineage();
            }
            recorded.put(revision, new RecordedRevision(applied, lineage));
        }

        RecordedHistory end() {
            return new RecordedHistory(withRecorded ? Collections.unmodifiableMap(recorded) : Map.of(), latest,
                    Collections.unmodifiableSet(unfinished));
        }
    }
}
