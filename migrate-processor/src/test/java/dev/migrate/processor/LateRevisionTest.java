package dev.migrate.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/** A revision that another processor generates after the index was written is an error, not silently left out. */
class LateRevisionTest {

    /** Generates one revision class in the first round. */
    static final class RevisionGenerator extends AbstractProcessor {
        private boolean done;

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (done) {
                return false;
            }
            done = true;
            try (Writer writer = processingEnv.getFiler().createSourceFile("db.Generated").openWriter()) {
                writer.write("package db;\n@dev.migrate.Revision(id = \"g1\", revises = \"7d41c0e9a3b5\")\n"
                        + "public final class Generated implements dev.migrate.Migration {\n"
                        + "  public void upgrade(dev.migrate.Ops op) {}\n"
                        + "  public void downgrade(dev.migrate.Ops op) {}\n}\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return false;
        }
    }

    @Test
    void revisionFromALaterRoundIsReported() {
        Compilation compilation = Compiler.javac()
                .withProcessors(new RevisionProcessor(), new RevisionGenerator())
                .compile(Cases.sources("linear"));

        assertThat(compilation).hadErrorContaining(
                "db.Generated was generated in a later annotation-processing round, after the revision index was written");
    }
}
