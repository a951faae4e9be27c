package dev.migrate.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** Valid graphs compile, without warnings, and carry an index. */
class GoodGraphsTest {

    @Test
    void linearChainGeneratesTheGoldenIndex() throws IOException {
        Compilation compilation = Cases.compile("linear");

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("db.MigrateIndex").contentsAsUtf8String()
                .isEqualTo(golden("golden/linear/MigrateIndex.java"));
        assertThat(compilation)
                .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/services/dev.migrate.spi.RevisionIndex")
                .contentsAsUtf8String().isEqualTo("db.MigrateIndex\n");
    }

    @Test
    void sourceOrderDoesNotChangeTheIndex() throws IOException {
        List<JavaFileObject> reversed = new ArrayList<>(Cases.sources("linear"));
        Collections.reverse(reversed);

        Compilation compilation = Cases.compile(reversed);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("db.MigrateIndex").contentsAsUtf8String()
                .isEqualTo(golden("golden/linear/MigrateIndex.java"));
    }

    @Test
    void labelledBranchesWithCrossBranchDependenciesCompile() {
        Compilation compilation = Cases.compile("labelled");

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("db.MigrateIndex").contentsAsUtf8String()
                .contains("\"b2\\tb1\\tc2\\t\\tt\\t");
    }

    @Test
    void mergeRevisionJoinsTwoBranches() {
        Compilation compilation = Cases.compile("merge");

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("db.MigrateIndex").contentsAsUtf8String()
                .contains("\"m\\tl r\\t\\t\\tt\\t");
    }

    @Test
    void optionAllowsSeveralUnlabelledHeads() {
        assertThat(Cases.compile("branch_point")).failed();

        Compilation compilation = Cases.compile("branch_point", "-Amigrate.allowMultipleHeads=true");

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("db.MigrateIndex");
    }

    @Test
    void optionNamesTheIndex() {
        Compilation compilation = Cases.compile("linear", "-Amigrate.index=com.example.schema.AppIndex");

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.example.schema.AppIndex").contentsAsUtf8String()
                .contains("public final class AppIndex implements RevisionIndex");
        assertThat(compilation)
                .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/services/dev.migrate.spi.RevisionIndex")
                .contentsAsUtf8String().isEqualTo("com.example.schema.AppIndex\n");
    }

    @Test
    void badIndexOptionSaysWhatToGive() {
        Compilation compilation = Cases.compile("linear", "-Amigrate.index=com.example.1bad");

        assertThat(compilation).hadErrorContaining(
                "-Amigrate.index=com.example.1bad is not a valid class name; give a fully qualified name");
    }

    @Test
    void checksumIgnoresLineEndingsAndTrailingWhiteSpace() {
        String unix = "class A {\n    int x;\n}\n";
        String windows = "class A {  \r\n    int x;\t\r\n}\r\n\r\n";

        assertEquals(SourceChecksum.sha256(SourceChecksum.normalise(unix)),
                SourceChecksum.sha256(SourceChecksum.normalise(windows)));
        assertTrue(!SourceChecksum.sha256(SourceChecksum.normalise(unix))
                .equals(SourceChecksum.sha256(SourceChecksum.normalise("class A {\n    int y;\n}\n"))));
    }

    static String golden(String resource) throws IOException {
        try (InputStream in = GoodGraphsTest.class.getResourceAsStream("/" + resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
