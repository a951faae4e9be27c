package dev.migrate.processor;

/** A class the index lists, as {@link PreviousBuild} keeps it for the next incremental compilation. */
interface Listable {

    /** Its canonical name. */
    String canonicalName();

    /** Its checksum, or {@code null} when its source was unavailable. */
    Digest digest();
}
