package dev.migrate.internal.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.MigrationException;
import java.io.IOException;
import java.net.URL;
import java.util.Enumeration;
import org.junit.jupiter.api.Test;

/** Every Migrator test loads its index this way; these cover what they cannot reach. */
class IndexInBackgroundTest {

    /** A class loader whose resources cannot be listed: the loader's own error. */
    private static final class Unreadable extends ClassLoader {
        Unreadable() {
            super(IndexInBackgroundTest.class.getClassLoader());
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            throw new IOException("disk on fire");
        }
    }

    @Test
    void theLoadersExceptionReachesTheCallerAsItIs() {
        MigrationException e = assertThrows(MigrationException.class, () -> IndexInBackground.start(new Unreadable(), true).join());
        assertTrue(e.getMessage().contains("disk on fire"), e.getMessage());
    }

    @Test
    void anInterruptWaitsForTheRevisionsAndIsKept() {
        Thread.currentThread().interrupt();
        try {
            assertEquals(0, IndexInBackground.start(new ClassLoader(null) {}, true).join().descriptors().size());
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }
}
