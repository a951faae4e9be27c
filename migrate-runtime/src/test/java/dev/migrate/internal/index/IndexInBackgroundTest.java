package dev.migrate.internal.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.MigrationException;
import java.io.IOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.concurrent.atomic.AtomicInteger;
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

    /** Counts the loads by the times they list the index service files, which is the same for each load. */
    private static final class Counting extends ClassLoader {
        final AtomicInteger listings = new AtomicInteger();

        Counting() {
            super(IndexInBackgroundTest.class.getClassLoader());
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            if (name.equals(IndexLoader.SERVICE_FILE)) {
                listings.incrementAndGet();
            }
            return super.getResources(name);
        }
    }

    /** How many times one load lists the service files. */
    private static int listingsPerLoad() {
        Counting once = new Counting();
        IndexLoader.load(once, true);
        return once.listings.get();
    }

    @Test
    void aLoadStartedAheadIsTakenByTheNextStartForTheSameClassLoader() {
        int perLoad = listingsPerLoad();
        Counting ahead = new Counting();
        IndexInBackground.startAhead(ahead);
        LoadedRevisions revisions = IndexInBackground.start(ahead, true).join();
        assertEquals(perLoad, ahead.listings.get(), "loaded twice");
        assertEquals(IndexLoader.load(getClass().getClassLoader(), true).descriptors(), revisions.descriptors());
        IndexInBackground.start(ahead, true).join();
        assertEquals(2 * perLoad, ahead.listings.get(), "taken once");
    }

    @Test
    void anotherClassLoaderLoadsItsOwnAndForgetAheadDropsTheLoad() {
        int perLoad = listingsPerLoad();
        Counting ahead = new Counting();
        Counting other = new Counting();
        IndexInBackground.startAhead(ahead);
        IndexInBackground.start(other, true).join();
        assertEquals(perLoad, other.listings.get());
        IndexInBackground.start(ahead, true).join();
        assertEquals(2 * perLoad, waitForListings(ahead, 2 * perLoad),
                "the load ahead went to no one, and the next start loads again");
        IndexInBackground.startAhead(ahead);
        IndexInBackground.forgetAhead();
        IndexInBackground.start(ahead, true).join();
        assertEquals(4 * perLoad, waitForListings(ahead, 4 * perLoad));
    }

    /** The count once the background loads have listed the files (the ones ahead run on their own threads). */
    private static int waitForListings(Counting loader, int expected) {
        for (int i = 0; i < 500 && loader.listings.get() < expected; i++) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return loader.listings.get();
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
