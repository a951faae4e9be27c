package dev.migrate;

import java.time.Instant;

/**
 * A changed checksum of an applied revision, accepted by hand with {@link Migrator#acceptChecksum}:
 * from then on, the revision's source is checked against this checksum instead of the one it was
 * applied with. The history table keeps it as a row of its own.
 *
 * @param revision the revision's id
 * @param checksum the checksum accepted: that of the revision's source in the build that accepted it
 * @param reason why the change was accepted, as given
 * @param acceptedAt when it was accepted
 * @param acceptedBy the database user that accepted it, or {@code null} when the database did not say
 */
public record AcceptedChecksum(String revision, String checksum, String reason, Instant acceptedAt, String acceptedBy) {}
