package dev.migrate.cli.bundle;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.MigrationException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleGuardTest {

    private static final String SEED = "com/example/shop/SeedItems.class";

    @TempDir
    static Path dir;

    static Path bundle;

    @BeforeAll
    static void build() throws IOException {
        SampleProject project = SampleProject.create(dir.resolve("project"));
        bundle = BundleWriter.write(project.request(dir.resolve("shop-1.4.0-migrations.jar"), List.of())).jar();
    }

    @Test
    void anIntactBundlePasses() throws IOException {
        Outcome outcome = verify(bundle);
        assertEquals(0, outcome.code(), outcome.err());
        assertEquals("", outcome.err());
        assertTrue(outcome.out().startsWith("The bundle shop-1.4.0-migrations.jar is intact: "), outcome.out());
        assertTrue(outcome.out().contains("3 revision(s), heads b2, c3; built by migrate 9.9.9-test from "
                + SampleProject.PROJECT + "; digest sha256:"), outcome.out());
        try (URLClassLoader loader = loader(bundle)) {
            assertDoesNotThrow(() -> BundleGuard.checkBeforeWrite(loader));
        }
    }

    @Test
    void aReplacedClassFailsNamingIt() throws IOException {
        // Another revision's bytes in its place: a class that loads, but not the one that was built.
        Path edited = copy("replaced.jar", (path, bytes) -> path.equals(SEED) ? entry(bundle, "com/example/shop/AddNotes.class") : bytes);
        Outcome outcome = verify(edited);
        assertEquals(1, outcome.code());
        assertEquals("", outcome.out());
        assertEquals("The bundle replaced.jar differs from its manifest META-INF/migrate/bundle.json in 1 file(s); it is not"
                + " the bundle that was built:\n  changed: " + SEED + "\n", outcome.err());
        try (URLClassLoader loader = loader(edited)) {
            MigrationException e = assertThrows(MigrationException.class, () -> BundleGuard.checkBeforeWrite(loader));
            assertTrue(e.getMessage().startsWith("Refusing to write: the bundle replaced.jar differs from its manifest"
                    + " META-INF/migrate/bundle.json (changed: " + SEED + ")"), e.getMessage());
        }
    }

    @Test
    void aMissingAndAnAddedFileAreNamed() throws IOException {
        Path edited = copy("pruned.jar", (path, bytes) -> path.equals(SEED) ? null : bytes, "com/example/shop/Extra.class");
        Outcome outcome = verify(edited);
        assertEquals(1, outcome.code());
        assertTrue(outcome.err().contains("\n  added: com/example/shop/Extra.class\n  missing: " + SEED + "\n"), outcome.err());
    }

    @Test
    void anEditedManifestIsNamed() throws IOException {
        Path edited = copy("edited.jar", (path, bytes) -> path.equals(EntryRules.BUNDLE_JSON)
                ? new String(bytes, StandardCharsets.UTF_8).replace("\"seed items\"", "\"harmless\"").getBytes(StandardCharsets.UTF_8)
                : bytes);
        Outcome outcome = verify(edited);
        assertEquals(1, outcome.code());
        assertTrue(outcome.err().contains("  changed: META-INF/migrate/bundle.json (its digest sha256:"), outcome.err());
    }

    @Test
    void outsideABundleVerifyFailsAndWritesGoOn() throws IOException {
        Path plain = dir.resolve("plain.jar");
        SampleProject.jar(plain, Map.of("a.txt", "a"));
        Outcome outcome = verify(plain);
        assertEquals(1, outcome.code());
        assertTrue(outcome.err().startsWith("Not running from a release bundle: there is no META-INF/migrate/bundle.json"),
                outcome.err());
        try (URLClassLoader loader = loader(plain)) {
            assertDoesNotThrow(() -> BundleGuard.checkBeforeWrite(loader));
        }
    }

    record Outcome(int code, String out, String err) {}

    interface Edit {
        byte[] apply(String path, byte[] bytes) throws IOException;
    }

    private static Outcome verify(Path jar) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (URLClassLoader loader = loader(jar)) {
            code = BundleGuard.verify(loader, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
        }
        UnaryOperator<String> text = s -> s.replace(System.lineSeparator(), "\n");
        return new Outcome(code, text.apply(out.toString(StandardCharsets.UTF_8)), text.apply(err.toString(StandardCharsets.UTF_8)));
    }

    /** The jar alone, as {@code java -jar} runs it; the platform loader below it holds no bundle. */
    private static URLClassLoader loader(Path jar) throws IOException {
        return new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    }

    /** A copy of the bundle with each file edited (null drops it), and new files added. */
    private static Path copy(String name, Edit edit, String... added) throws IOException {
        Path copy = dir.resolve(name);
        try (ZipFile zip = new ZipFile(bundle.toFile()); OutputStream out = Files.newOutputStream(copy);
                ZipOutputStream target = new ZipOutputStream(out)) {
            target.setLevel(Deflater.BEST_SPEED);
            for (ZipEntry entry : zip.stream().toList()) {
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = edit.apply(entry.getName(), in.readAllBytes());
                }
                if (bytes != null) {
                    target.putNextEntry(new ZipEntry(entry.getName()));
                    target.write(bytes);
                    target.closeEntry();
                }
            }
            for (String path : added) {
                target.putNextEntry(new ZipEntry(path));
                target.write(new byte[] {1, 2, 3});
                target.closeEntry();
            }
        }
        return copy;
    }

    private static byte[] entry(Path jar, String path) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile()); InputStream in = zip.getInputStream(zip.getEntry(path))) {
            return in.readAllBytes();
        }
    }
}
