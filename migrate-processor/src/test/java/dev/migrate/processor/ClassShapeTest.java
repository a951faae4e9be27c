package dev.migrate.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.migrate.graph.Message;
import org.junit.jupiter.api.Test;

/** A class the generated index could not create is a compile error on the class. */
class ClassShapeTest {

    private final Compilation compilation = Cases.compile("class_shapes", "-Amigrate.allowMultipleHeads=true");

    @Test
    void abstractClass() {
        assertThat(compilation).hadErrorContaining(Message.ABSTRACT_CLASS.format("db.AbstractRevision"))
                .inFile(Cases.source("class_shapes", "AbstractRevision")).onLineContaining("@Revision");
    }

    @Test
    void classThatIsNotAMigration() {
        assertThat(compilation).hadErrorContaining(Message.NOT_A_MIGRATION.format("db.NotAMigration"))
                .inFile(Cases.source("class_shapes", "NotAMigration")).onLineContaining("@Revision");
    }

    @Test
    void classWithoutPublicNoArgConstructor() {
        assertThat(compilation).hadErrorContaining(Message.NO_PUBLIC_CONSTRUCTOR.format("db.NoDefaultConstructor"))
                .inFile(Cases.source("class_shapes", "NoDefaultConstructor")).onLineContaining("@Revision");
    }

    @Test
    void innerClass() {
        assertThat(compilation).hadErrorContaining(Message.INNER_CLASS.format("db.Outer.InnerRevision"))
                .inFile(Cases.source("class_shapes", "Outer")).onLineContaining("@Revision");
    }

    @Test
    void packagePrivateClass() {
        assertThat(compilation).hadErrorContaining(Message.NOT_PUBLIC.format("db.Hidden"))
                .inFile(Cases.source("class_shapes", "Hidden")).onLineContaining("@Revision");
    }

    @Test
    void interfaceIsNotARevision() {
        assertThat(compilation).hadErrorContaining(Message.NOT_A_CLASS.format("db.OnInterface", "an interface"))
                .inFile(Cases.source("class_shapes", "OnInterface")).onLineContaining("@Revision");
    }

    @Test
    void eachBadClassIsOneError() {
        assertThat(compilation).hadErrorCount(6);
    }

    @Test
    void erroneousAnnotationValueLeavesJavacsErrorAlone() {
        Compilation broken = Cases.compile("erroneous_value");

        assertThat(broken).hadErrorContaining("cannot find symbol");
        assertThat(broken).hadErrorCount(1);
    }
}
