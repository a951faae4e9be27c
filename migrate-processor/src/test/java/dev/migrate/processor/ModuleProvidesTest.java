package dev.migrate.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.migrate.graph.Message;
import dev.migrate.spi.RevisionIndex;
import java.io.IOException;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Revisions compiled in a named module: the processor warns unless module-info provides the generated index. */
class ModuleProvidesTest {

    private static final String REVISION = """
            package com.example.db;

            @dev.migrate.Revision(id = "a1", message = "first")
            public final class First implements dev.migrate.Migration {
                @Override public void upgrade(dev.migrate.Ops op) {}
                @Override public void downgrade(dev.migrate.Ops op) {}
            }
            """;

    @TempDir
    Path dir;

    private RealJavac.Result compile(String moduleInfo) throws IOException, URISyntaxException {
        Path runtime = Path.of(RevisionIndex.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        // Run alone against an older installed runtime, there is no module to compile against.
        assumeTrue(ModuleFinder.of(runtime).find("dev.migrate").filter(m -> !m.descriptor().isAutomatic()).isPresent(),
                "the runtime on the class path is not the module dev.migrate: " + runtime);
        Path src = dir.resolve("src");
        Path info = Files.writeString(Files.createDirectories(src).resolve("module-info.java"), moduleInfo);
        Path revision = Files.writeString(Files.createDirectories(src.resolve("com/example/db")).resolve("First.java"),
                REVISION);
        return RealJavac.compileModule(List.of(info, revision), dir.resolve("out"), dir.resolve("generated"), runtime);
    }

    @Test
    void aModuleThatProvidesTheIndexCompilesWithoutWarning() throws Exception {
        RealJavac.Result result = compile("""
                module com.example.app {
                    requires dev.migrate;
                    provides dev.migrate.spi.RevisionIndex with com.example.db.MigrateIndex;
                }
                """);
        assertTrue(result.success(), result.diagnostics());
        assertFalse(result.diagnostics().contains("WARNING"), result.diagnostics());
        assertTrue(Files.isRegularFile(dir.resolve("out/com/example/db/MigrateIndex.class")));
    }

    @Test
    void aModuleWithoutTheProviderIsWarnedWithTheLineToAdd() throws Exception {
        RealJavac.Result result = compile("""
                module com.example.app {
                    requires dev.migrate;
                }
                """);
        assertTrue(result.success(), result.diagnostics());
        assertEquals("WARNING: " + Message.MODULE_WITHOUT_PROVIDES.format("com.example.app", "com.example.db.MigrateIndex")
                + "\n", result.diagnostics());
        assertTrue(result.diagnostics().contains(
                "provides dev.migrate.spi.RevisionIndex with com.example.db.MigrateIndex;"), result.diagnostics());
    }
}
