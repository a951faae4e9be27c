package dev.migrate.diff;

/**
 * One way a schema differs from its model, for a drift report.
 *
 * @param table the table (or the sequence), as the model names it where it has it
 * @param object what differs within it: {@code table}, {@code column notes}, {@code index
 *     ix_booking_day}, ...; {@code sequence} for a sequence
 * @param expected what the model says, such as {@code varchar(255) NOT NULL} or {@code missing}
 * @param actual what the database has, in the same words
 */
public record Difference(String table, String object, String expected, String actual) {

    @Override
    public String toString() {
        String where = object.equals("sequence") ? "sequence " + table : "table " + table + ", " + object;
        return where + ": expected " + expected + ", actual " + actual;
    }
}
