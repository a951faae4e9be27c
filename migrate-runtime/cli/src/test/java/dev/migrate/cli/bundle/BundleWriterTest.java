package dev.migrate.cli.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.migrate.MigrationException;
import dev.migrate.spi.RevisionAllowance;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleWriterTest {

    @TempDir
    static Path dir;

    static SampleProject project;
    static BundleResult result;

    @BeforeAll
    static void build() throws IOException {
        project = SampleProject.create(dir.resolve("project"));
        result = BundleWriter.write(project.request(dir.resolve("out/shop-1.4.0-migrations.jar"), List.of()));
    }

    @Test
    void theSameInputsGiveTheSameBytes() throws IOException {
        // As the umask gives any new file (a temporary file's owner-only mode would keep a deploy user out).
        assertTrue(Files.getPosixFilePermissions(result.jar()).contains(PosixFilePermission.OTHERS_READ),
                "others may copy the bundle");
        // Another time on the sources' files and another place must change nothing in the jar.
        try (var walk = Files.walk(project.classes)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 86_400_000L));
            }
        }
        BundleResult again = BundleWriter.write(project.request(dir.resolve("again/shop-1.4.0-migrations.jar"), List.of()));
        assertEquals(-1, Files.mismatch(result.jar(), again.jar()), "two bundles of the same inputs differ");
        assertEquals(result.digest(), again.digest());
        for (String dialect : BundleWriter.SCRIPT_DIALECTS) {
            assertEquals(-1, Files.mismatch(result.scripts().get(dialect), again.scripts().get(dialect)), dialect);
        }
    }

    @Test
    void everyEntryCarriesTheTimestampAndTheManifestComesFirst() throws IOException {
        try (ZipFile zip = new ZipFile(result.jar().toFile())) {
            List<String> names = zip.stream().map(ZipEntry::getName).toList();
            assertEquals(List.of("META-INF/", "META-INF/MANIFEST.MF"), names.subList(0, 2));
            List<String> rest = new ArrayList<>(names.subList(2, names.size()));
            assertEquals(rest.stream().sorted().toList(), rest, "entries are sorted");
            LocalDateTime expected = LocalDateTime.ofInstant(SampleProject.TIMESTAMP, ZoneOffset.UTC);
            zip.stream().forEach(e -> assertEquals(expected, e.getTimeLocal(), e.getName()));
        }
    }

    @Test
    void holdsTheProjectTheToolAndTheDriversUnderOneMainClass() throws IOException {
        try (ZipFile zip = new ZipFile(result.jar().toFile())) {
            String manifest = read(zip, "META-INF/MANIFEST.MF");
            assertTrue(manifest.contains("Main-Class: dev.migrate.cli.Main\r\n"), manifest);
            assertTrue(manifest.contains("Created-By: migrate 9.9.9-test\r\n"), manifest);
            assertTrue(manifest.contains("Multi-Release: true\r\n"), "the drivers' versioned classes are kept: " + manifest);
            for (String path : List.of("com/example/shop/CreateItems.class", "com/example/shop/seed.sql",
                    "com/example/shop/MigrateIndex.class", "com/example/greeting/Hello.txt", "dev/migrate/Migrator.class",
                    "dev/migrate/cli/Main.class", "picocli/CommandLine.class", "org/postgresql/Driver.class",
                    "com/mysql/cj/jdbc/Driver.class", "org/mariadb/jdbc/Driver.class", "org/h2/Driver.class",
                    "com/fasterxml/jackson/jr/ob/JSON.class", "com/fasterxml/jackson/core/JsonFactory.class")) {
                assertTrue(zip.getEntry(path) != null, path);
            }
            // The library's signature and every module descriptor are gone; the test classes never came in.
            assertNull(zip.getEntry("META-INF/GREETING.SF"));
            assertNull(zip.getEntry("module-info.class"));
            assertTrue(zip.stream().noneMatch(e -> e.getName().endsWith("/module-info.class")));
            assertNull(zip.getEntry("dev/migrate/cli/bundle/BundleWriterTest.class"));
        }
    }

    @Test
    void serviceFilesAreMergedFromEverySource() throws IOException {
        try (ZipFile zip = new ZipFile(result.jar().toFile())) {
            List<String> drivers = read(zip, "META-INF/services/java.sql.Driver").lines().toList();
            assertEquals(List.of("org.postgresql.Driver", "com.mysql.cj.jdbc.Driver", "org.mariadb.jdbc.Driver",
                    "org.h2.Driver", "com.example.greeting.FakeDriver"), drivers);
            assertEquals("com.example.shop.MigrateIndex\n", read(zip, "META-INF/services/dev.migrate.spi.RevisionIndex"));
            assertTrue(read(zip, "META-INF/services/org.mariadb.jdbc.plugin.Codec").contains("org.mariadb.jdbc.plugin.codec."));
        }
    }

    @Test
    void theManifestRecordsRevisionsHeadsAndADigestOfEveryFile() throws IOException {
        String text;
        Map<String, String> files = new TreeMap<>();
        try (ZipFile zip = new ZipFile(result.jar().toFile())) {
            text = read(zip, EntryRules.BUNDLE_JSON);
            for (ZipEntry e : zip.stream().toList()) {
                if (!e.isDirectory() && !e.getName().equals(EntryRules.BUNDLE_JSON)) {
                    try (InputStream in = zip.getInputStream(e)) {
                        files.put(e.getName(), Sha256.of(in.readAllBytes()));
                    }
                }
            }
        }
        Map<String, Object> json = JSON.std.mapFrom(text);
        assertEquals(1, json.get("schemaVersion"));
        assertEquals("9.9.9-test", json.get("toolVersion"));
        assertEquals(SampleProject.PROJECT, json.get("project"));
        assertEquals(List.of("b2", "c3"), json.get("heads"));
        List<?> revisions = (List<?>) json.get("revisions");
        assertEquals(3, revisions.size());
        Map<?, ?> seed = (Map<?, ?>) revisions.get(1);
        assertEquals("b2", seed.get("id"));
        assertEquals(List.of("a1"), seed.get("revises"));
        assertEquals(List.of("left"), seed.get("branchLabels"));
        assertEquals(List.of(), seed.get("dependsOn"));
        assertEquals("seed items", seed.get("message"));
        assertEquals("com.example.shop.SeedItems", seed.get("className"));
        assertTrue(((String) seed.get("checksum")).matches("[0-9a-f]{64}"), seed.toString());
        assertEquals(List.of(), seed.get("allowed"));
        assertEquals(List.of(Map.of("rule", "delete-without-where", "reason", "the notes of the old tool go")),
                ((Map<?, ?>) revisions.get(2)).get("allowed"));

        BundleManifest manifest = BundleManifest.parse(text);
        assertEquals(List.of(new RevisionAllowance("c3", "delete-without-where", "the notes of the old tool go")),
                manifest.allowances());
        assertEquals(files, manifest.entries(), "a digest for every file but the manifest itself");
        assertEquals(files.size(), result.entries());
        assertEquals(result.digest(), json.get("digest"));
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertEquals(Optional.empty(), ManifestBytes.problem(bytes), "the digest covers the text less its tail");
        try (ZipFile zip = new ZipFile(result.jar().toFile())) {
            assertEquals(Listing.of(zip), json.get("listing"), "the listing is the jar's central directory's");
        }
        assertEquals(Optional.of(json.get("listing")), ManifestBytes.listing(bytes));
        assertTrue(((String) json.get("listing")).matches("sha256:[0-9a-f]{64}"), text);
        assertEquals(List.of("schemaVersion", "toolVersion", "project", "revisions", "heads", "contents", "listing", "digest"),
                List.copyOf(json.keySet()), "the documented order");
        assertTrue(result.digest().matches("sha256:[0-9a-f]{64}"));

        List<?> contents = (List<?>) json.get("contents");
        List<String> origins = contents.stream().map(g -> ((Map<?, ?>) g).get("origin") + " " + ((Map<?, ?>) g).get("artifact")).toList();
        assertEquals("tool dev.migrate:migrate-runtime:1.0-test", origins.get(0));
        assertTrue(origins.contains("project " + SampleProject.PROJECT), origins.toString());
        assertTrue(origins.contains("dependency com.example:greeting:1.0"), origins.toString());
        assertEquals("bundle null", origins.get(origins.size() - 1));
        assertFalse(origins.stream().anyMatch(o -> o.contains("0.0.1-old")), "the project's own copy of the runtime stays out");
    }

    @Test
    void writesTheOfflineUpgradeScriptsBesideTheBundle() throws IOException {
        assertEquals(BundleWriter.SCRIPT_DIALECTS.stream().sorted().toList(), List.copyOf(result.scripts().keySet()));
        Path postgres = result.scripts().get("postgresql");
        assertEquals(dir.resolve("out/shop-1.4.0-migrations-postgresql.sql"), postgres);
        String script = Files.readString(postgres);
        assertTrue(script.contains("-- Running upgrade base -> a1: create items"), script);
        assertTrue(script.contains("-- Running upgrade a1 -> b2: seed items"), script);
        assertTrue(script.contains("INSERT INTO items (id) VALUES (1)"), "the SQL script resource is rendered: " + script);
        assertTrue(script.contains("CREATE TABLE notes"), script);
        assertTrue(Files.readString(result.scripts().get("mysql")).contains("CREATE TABLE items"));
    }

    @Test
    void lintsPlainSqlWithTheParserItCarries() throws IOException, InterruptedException {
        try (ZipFile zip = new ZipFile(result.jar().toFile())) {
            assertTrue(zip.getEntry("net/sf/jsqlparser/parser/CCJSqlParserUtil.class") != null, "JSqlParser is in the bundle");
        }
        Path log = dir.resolve("lint.log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                result.jar().toString(), "lint", "--dialect", "postgresql").directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "java -jar ... lint ended");
        String output = Files.readString(log);
        assertEquals(0, process.exitValue(), output);
        // Without the parser, each statement would be an unchecked warning and the DELETE would go unseen.
        assertTrue(output.contains("allowed [delete-without-where] c3 (com.example.shop.AddNotes, line 10) DELETE FROM items"), output);
        assertTrue(output.contains("Linted 3 revisions: 0 errors, 0 other, 1 allowed"), output);
    }

    @Test
    void leavesOutExcludedDependenciesAndSaysWhichExcludesMatchedNothing() throws IOException {
        BundleResult excluded = BundleWriter.write(project.request(dir.resolve("excluded/shop.jar"),
                List.of("com.example:greeting", "org.nothing:*")));
        try (ZipFile zip = new ZipFile(excluded.jar().toFile())) {
            assertNull(zip.getEntry("com/example/greeting/Hello.txt"));
            assertFalse(read(zip, "META-INF/services/java.sql.Driver").contains("FakeDriver"));
        }
        assertTrue(excluded.leftOut().contains("com.example:greeting:1.0 (excluded)"), excluded.leftOut().toString());
        assertTrue(excluded.leftOut().contains("dev.migrate:migrate-runtime:0.0.1-old (the bundle carries the tool's own)"));
        assertEquals(List.of("org.nothing:*"), excluded.unusedExcludes());
    }

    /**
     * The bundle's picocli is compiled for Java 17, which a class-data archive holds; a project that
     * depends on picocli's own jar (compiled for Java 5) does not bring it in, as with the tool's other
     * libraries.
     */
    @Test
    void carriesPicocliForJava17InPlaceOfTheProjectsOwn() throws IOException {
        BundleResult result = BundleWriter.write(project.request(dir.resolve("picocli/shop.jar"), List.of(),
                List.of(new BundleArtifact("info.picocli", "picocli", "4.7.6", ToolJars.picocli(false)))));
        assertTrue(result.leftOut().contains("info.picocli:picocli:4.7.6 (the bundle carries the tool's own)"),
                result.leftOut().toString());
        try (ZipFile zip = new ZipFile(result.jar().toFile())) {
            List<? extends ZipEntry> picocli = zip.stream()
                    .filter(e -> e.getName().startsWith("picocli/") && e.getName().endsWith(".class")).toList();
            assertTrue(picocli.size() > 100, picocli.toString());
            for (ZipEntry entry : picocli) {
                assertEquals(61, ToolJars.classFileVersion(zip.getInputStream(entry)), entry.getName());
            }
        }
        assertTrue(result.shadowed().stream().noneMatch(s -> s.startsWith("picocli/")), result.shadowed().toString());
    }

    @Test
    void aMalformedExcludeNamesItself() {
        MigrationException e = assertThrows(MigrationException.class,
                () -> BundleWriter.write(project.request(dir.resolve("bad/shop.jar"), List.of("greeting"))));
        assertTrue(e.getMessage().contains("\"greeting\" is not groupId:artifactId"), e.getMessage());
    }

    @Test
    void aProjectWithoutRevisionsIsRefused() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty-classes"));
        BundleRequest request = project.request(dir.resolve("none/shop.jar"), List.of());
        MigrationException e = assertThrows(MigrationException.class, () -> BundleWriter.write(new BundleRequest(
                request.project(), empty, List.of(), request.tool(), List.of(), request.jar(), request.timestamp(),
                request.toolVersion())));
        assertTrue(e.getMessage().startsWith("no revisions in " + empty), e.getMessage());
        assertFalse(Files.exists(request.jar()));
    }

    @Test
    void readsTheOutputTimestampAsMavenDoes() {
        assertEquals(SampleProject.TIMESTAMP, OutputTimestamp.parse("2026-01-01T00:00:00Z"));
        assertEquals(SampleProject.TIMESTAMP, OutputTimestamp.parse("2026-01-01T01:00:00+01:00"));
        assertEquals(SampleProject.TIMESTAMP, OutputTimestamp.parse(String.valueOf(SampleProject.TIMESTAMP.getEpochSecond())));
        assertEquals(OutputTimestamp.FALLBACK, OutputTimestamp.parse(null));
        assertEquals(OutputTimestamp.FALLBACK, OutputTimestamp.parse("-"));
        MigrationException e = assertThrows(MigrationException.class, () -> OutputTimestamp.parse("yesterday"));
        assertTrue(e.getMessage().startsWith("project.build.outputTimestamp is \"yesterday\""), e.getMessage());
    }

    static String read(ZipFile zip, String path) throws IOException {
        ZipEntry entry = zip.getEntry(path);
        assertTrue(entry != null, "no " + path);
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
