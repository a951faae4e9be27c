package dev.migrate.cli.bundle;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
        assertTrue(refusal(edited).contains(" (added: com/example/shop/Extra.class; missing: " + SEED + ")"), refusal(edited));
    }

    @Test
    void aFileOfTheSameSizeWithOtherBytesIsRefusedBeforeAWrite() throws IOException {
        // One byte flipped inside the class: same size, so only its CRC-32 in the listing tells it apart.
        Path edited = copy("flipped.jar", (path, bytes) -> {
            if (path.equals(SEED)) {
                bytes[bytes.length / 2] ^= 1;
            }
            return bytes;
        });
        try (ZipFile original = new ZipFile(bundle.toFile()); ZipFile changed = new ZipFile(edited.toFile())) {
            assertEquals(original.getEntry(SEED).getSize(), changed.getEntry(SEED).getSize());
        }
        assertTrue(refusal(edited).contains(" (changed: " + SEED + ")"), refusal(edited));
        assertTrue(verify(edited).err().contains("\n  changed: " + SEED + "\n"), verify(edited).err());
    }

    @Test
    void anEditedManifestIsNamed() throws IOException {
        Path edited = copy("edited.jar", (path, bytes) -> path.equals(EntryRules.BUNDLE_JSON)
                ? new String(bytes, StandardCharsets.UTF_8).replace("\"seed items\"", "\"harmless\"").getBytes(StandardCharsets.UTF_8)
                : bytes);
        Outcome outcome = verify(edited);
        assertEquals(1, outcome.code());
        assertTrue(outcome.err().contains("  changed: META-INF/migrate/bundle.json (its digest sha256:"), outcome.err());
        assertTrue(refusal(edited).contains(" (changed: META-INF/migrate/bundle.json (its digest sha256:"), refusal(edited));
    }

    @Test
    void aManifestEditedToMatchAChangedFileIsRefused() throws IOException {
        // The seed class changed, and its SHA-256 and the listing in the manifest with it: only the digest tells.
        byte[] seed = entry(bundle, SEED);
        String sha = Sha256.of(seed);
        seed[seed.length / 2] ^= 1;
        Map<String, byte[]> files = files(bundle);
        String listing = Listing.of(files);
        files.put(SEED, seed);
        String covering = Listing.of(files);
        Path edited = copy("covered.jar", (path, bytes) -> {
            if (path.equals(SEED)) {
                return seed;
            }
            if (path.equals(EntryRules.BUNDLE_JSON)) {
                String text = new String(bytes, StandardCharsets.UTF_8);
                assertTrue(text.contains(sha) && text.contains(listing), text);
                return text.replace(sha, Sha256.of(seed)).replace(listing, covering).getBytes(StandardCharsets.UTF_8);
            }
            return bytes;
        });
        String refusal = refusal(edited);
        assertTrue(refusal.contains(" (changed: META-INF/migrate/bundle.json (its digest sha256:"), refusal);
        assertFalse(refusal.contains("changed: " + SEED), "the manifest now records its digest: " + refusal);
    }

    @Test
    void aManifestWithoutAListingIsCheckedBySha256BeforeAWrite() throws IOException {
        // As a version before listings wrote it: the digest covers the manifest without one.
        Edit older = (path, bytes) -> path.equals(EntryRules.BUNDLE_JSON)
                ? withoutListing(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)
                : bytes;
        Path intact = copy("older.jar", older);
        try (URLClassLoader loader = loader(intact)) {
            assertDoesNotThrow(() -> BundleGuard.checkBeforeWrite(loader));
        }
        assertEquals(0, verify(intact).code(), verify(intact).err());
        Path edited = copy("older-flipped.jar", (path, bytes) -> {
            if (path.equals(SEED)) {
                bytes[bytes.length / 2] ^= 1;
            }
            return older.apply(path, bytes);
        });
        assertTrue(refusal(edited).contains(" (changed: " + SEED + ")"), refusal(edited));
    }

    @Test
    void theCheckBeforeAWriteReadsTheCentralDirectoryAndVerifyEveryByte() throws IOException {
        // A byte flipped inside the stored data of a file, its central directory entry (CRC-32, size) left as it was:
        // the check before a write, which inflates nothing, passes; verify hashes the file and names it.
        Path patched = dir.resolve("patched.jar");
        byte[] seed = entry(bundle, SEED);
        try (ZipFile zip = new ZipFile(bundle.toFile()); OutputStream out = Files.newOutputStream(patched);
                ZipOutputStream target = new ZipOutputStream(out)) {
            for (ZipEntry entry : zip.stream().toList()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                if (entry.getName().equals(SEED)) {
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(entry.getSize());
                    copy.setCrc(entry.getCrc());
                }
                target.putNextEntry(copy);
                try (InputStream in = zip.getInputStream(entry)) {
                    in.transferTo(target);
                }
                target.closeEntry();
            }
        }
        byte[] jar = Files.readAllBytes(patched);
        int at = indexOf(jar, seed);
        assertTrue(at > 0 && indexOf(Arrays.copyOfRange(jar, at + 1, jar.length), seed) < 0, "the stored class, once");
        jar[at + seed.length / 2] ^= 1;
        Files.write(patched, jar);
        try (URLClassLoader loader = loader(patched)) {
            assertDoesNotThrow(() -> BundleGuard.checkBeforeWrite(loader));
        }
        Outcome outcome = verify(patched);
        assertEquals(1, outcome.code());
        assertTrue(outcome.err().endsWith(" it is not the bundle that was built:\n  changed: " + SEED + "\n"), outcome.err());
    }

    @Test
    void aManifestNotEndingWithItsDigestIsRefused() throws IOException {
        Path edited = copy("appended.jar", (path, bytes) -> path.equals(EntryRules.BUNDLE_JSON)
                ? (new String(bytes, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8)
                : bytes);
        assertTrue(refusal(edited).contains(" (changed: META-INF/migrate/bundle.json (it does not end with its digest"),
                refusal(edited));
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

    /** The message checkBeforeWrite refuses the bundle with. */
    private static String refusal(Path jar) throws IOException {
        try (URLClassLoader loader = loader(jar)) {
            MigrationException e = assertThrows(MigrationException.class, () -> BundleGuard.checkBeforeWrite(loader));
            assertTrue(e.getMessage().startsWith("Refusing to write: the bundle " + jar.getFileName() + " differs from its"
                    + " manifest META-INF/migrate/bundle.json ("), e.getMessage());
            return e.getMessage();
        }
    }

    /** The manifest without its listing, its digest computed again over the rest. */
    private static String withoutListing(String json) {
        String older = json.replaceAll(",\"listing\":\"sha256:[0-9a-f]{64}\"", "");
        assertFalse(older.contains("\"listing\""), older);
        int tail = older.lastIndexOf(",\"digest\":");
        String content = older.substring(0, tail) + "}";
        return older.substring(0, tail) + ",\"digest\":\"sha256:" + Sha256.of(content) + "\"}";
    }

    /** Every file of a bundle but its manifest, by path. */
    private static Map<String, byte[]> files(Path jar) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                if (BundleSource.listed(entry)) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        files.put(entry.getName(), in.readAllBytes());
                    }
                }
            }
        }
        return files;
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }

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
