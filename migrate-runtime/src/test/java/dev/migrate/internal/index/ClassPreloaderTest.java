package dev.migrate.internal.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ClassPreloaderTest {

    /** Set by the static initialiser, which loading ahead must not run. */
    static volatile boolean initialised;

    /** A revision-like class with a static initialiser. */
    static final class Loud {
        static {
            initialised = true;
        }
    }

    /** Records what it is asked for, then asks its parent. */
    private static final class Recording extends ClassLoader {
        final List<String> asked = new CopyOnWriteArrayList<>();

        Recording() {
            super(ClassPreloaderTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            asked.add(name);
            return super.loadClass(name, resolve);
        }
    }

    @Test
    void loadsInOrderWithoutInitialisingAndSkipsWhatItCannotLoad() throws Exception {
        Recording loader = new Recording();
        List<String> names = List.of("db.Missing", Loud.class.getName());
        try (ClassPreloader preloader = new ClassPreloader(names, List.of(loader, loader))) {
            preloader.start();
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (loader.asked.size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
        }
        assertEquals(names, loader.asked.subList(0, 2));
        assertFalse(initialised, "loading ahead must leave static initialisers to the step");
    }
}
