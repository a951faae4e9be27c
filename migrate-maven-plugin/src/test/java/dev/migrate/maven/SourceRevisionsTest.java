package dev.migrate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.Revision;
import dev.migrate.spi.RevisionDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceRevisionsTest {

    @TempDir
    Path src;

    /** Where the test finds dev.migrate.Revision: the project's compile class path would have it. */
    static Path runtimeClasses() throws Exception {
        return Path.of(Revision.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private void write(String path, String text) throws Exception {
        Path file = src.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private List<SourceRevisions.Found> read() throws Exception {
        return SourceRevisions.read(List.of(src), List.of(src), List.of(runtimeClasses()), StandardCharsets.UTF_8);
    }

    @Test
    void readsTheAnnotationValuesAsTheCompilerSeesThem() throws Exception {
        write("db/Ids.java", "package db;\npublic final class Ids { public static final String FIRST = \"a1\"; }\n");
        write("db/First.java", """
                package db;
                import dev.migrate.*;
                @Revision(id = Ids.FIRST, branchLabels = "main", message = "create " + "users")
                public final class First implements Migration {
                    public void upgrade(Ops op) {}
                    public void downgrade(Ops op) {}
                }
                """);
        write("db/more/Holder.java", """
                package db.more;
                import dev.migrate.Migration;
                import dev.migrate.Ops;
                import dev.migrate.Revision;
                public final class Holder {
                    @Revision(id = "b2", revises = db.Ids.FIRST, dependsOn = {"main"}, transactional = false)
                    public static final class Second implements Migration {
                        public void upgrade(Ops op) { this.does.not.compile(); }
                        public void downgrade(Ops op) {}
                    }
                }
                """);
        write("db/Unrelated.java", "package db;\nclass Unrelated { broken syntax that is never read }\n");

        List<SourceRevisions.Found> found = read();

        assertEquals(List.of(
                new SourceRevisions.Found(new RevisionDescriptor("a1", List.of(), List.of(), List.of("main"),
                        "create users", true, null, "db.First"), "db"),
                new SourceRevisions.Found(new RevisionDescriptor("b2", List.of("a1"), List.of("main"), List.of(), "",
                        false, null, "db.more.Holder$Second"), "db.more")), found);
    }

    @Test
    void sourcesWithoutRevisionsGiveNone() throws Exception {
        write("db/Plain.java", "package db;\nclass Plain {}\n");
        assertEquals(List.of(), read());
        assertEquals(List.of(), SourceRevisions.read(List.of(src.resolve("missing")), List.of(), List.of(),
                StandardCharsets.UTF_8));
    }

    @Test
    void javacErrorsInARevisionAreReportedWithTheirPlace() throws Exception {
        write("db/First.java", """
                package db;
                @dev.migrate.Revision(id = "a1", revises = Nowhere.ID)
                public final class First implements dev.migrate.Migration {
                    public void upgrade(dev.migrate.Ops op) {}
                    public void downgrade(dev.migrate.Ops op) {}
                }
                """);

        MojoFailureException e = assertThrows(MojoFailureException.class, this::read);

        assertTrue(e.getMessage().startsWith("migrate: cannot read the revisions: javac reports 1 error(s)"), e.getMessage());
        assertTrue(e.getMessage().contains("First.java:2: cannot find symbol"), e.getMessage());
        assertTrue(e.getMessage().endsWith("Fix them, then run the goal again. Nothing was written"), e.getMessage());
    }

    @Test
    void aModularProjectReadsToo() throws Exception {
        write("module-info.java", "module app { requires java.sql; }\n");
        write("db/Ids.java", "package db;\npublic final class Ids { public static final String FIRST = \"a1\"; }\n");
        write("db/First.java", """
                package db;
                import dev.migrate.*;
                @Revision(id = Ids.FIRST, message = "create users")
                public final class First implements Migration {
                    public void upgrade(Ops op) {}
                    public void downgrade(Ops op) {}
                }
                """);

        assertEquals(List.of("a1"), read().stream().map(f -> f.descriptor().id()).toList());
    }
}
