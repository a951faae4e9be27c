package dev.migrate.spring;

/** The ids of the revisions in {@code dev.migrate.spring.db}, which the processor indexes when the tests compile. */
final class TestRevisions {

    /** Creates notes. */
    static final String A1 = "a1c0ffee0001";
    /** Creates tags. */
    static final String B2 = "b2c0ffee0002";
    /** Indexes tags: the head. */
    static final String C3 = "c3c0ffee0003";

    private TestRevisions() {}
}
