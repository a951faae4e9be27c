package dev.migrate.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.migrate.graph.Message;
import org.junit.jupiter.api.Test;

/** Each broken graph fails compilation with its message, on the line of the value at fault. */
class GraphErrorsTest {

    @Test
    void idsAndLabelsMustBeWellFormed() {
        Compilation compilation = Cases.compile("names");

        assertThat(compilation).hadErrorCount(5);
        assertThat(compilation).hadErrorContaining(Message.NAME_EMPTY.format("Revision id", "db.EmptyId"))
                .inFile(Cases.source("names", "EmptyId")).onLineContaining("@Revision");
        assertThat(compilation).hadErrorContaining(
                        Message.NAME_BAD_CHARACTER.format("Revision id", "abc-1", "db.DashId", "-"))
                .inFile(Cases.source("names", "DashId")).onLineContaining("@Revision");
        assertThat(compilation).hadErrorContaining(Message.NAME_RESERVED.format("Revision id", "Heads", "db.ReservedId"))
                .inFile(Cases.source("names", "ReservedId")).onLineContaining("@Revision");
        assertThat(compilation).hadErrorContaining("has 65 characters; use at most 64")
                .inFile(Cases.source("names", "LongId")).onLineContaining("@Revision");
        assertThat(compilation).hadErrorContaining(
                        "Branch label \"my-branch\" of \"ok1\" (db.BadLabel) contains '-'; use only letters, digits and _")
                .inFile(Cases.source("names", "BadLabel")).onLineContaining("my-branch");
    }

    @Test
    void duplicateIdNamesBothClasses() {
        Compilation compilation = Cases.compile("duplicate_id");

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(Message.DUPLICATE_ID.format("a1", "db.First", "db.Second"))
                .inFile(Cases.source("duplicate_id", "Second")).onLineContaining("@Revision");
    }

    @Test
    void unknownParentIsReportedOnTheRevisesValue() {
        Compilation compilation = Cases.compile("unknown_parent");

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(Message.UNKNOWN_PARENT.format(
                        "\"3f2a9c1d7b04\" (db.Child)", "1c9e0b7a5d2",
                        " (did you mean \"1c9e0b7a5d22\"? revises and dependsOn take full ids)"))
                .inFile(Cases.source("unknown_parent", "Child")).onLineContaining("revises = \"1c9e0b7a5d2\"");
    }

    @Test
    void unknownDependencyIsReportedOnTheDependsOnValue() {
        Compilation compilation = Cases.compile("unknown_dependency");

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(Message.UNKNOWN_DEPENDENCY.format("\"b1\" (db.Child)", "nope", ""))
                .inFile(Cases.source("unknown_dependency", "Child")).onLineContaining("dependsOn = {\"a1\", \"nope\"}");
    }

    @Test
    void revisionCannotReviseOrDependOnItself() {
        Compilation compilation = Cases.compile("self_reference");

        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining(Message.SELF_PARENT.format("\"a1\" (db.Base)"))
                .inFile(Cases.source("self_reference", "Base")).onLineContaining("revises = {\"a1\"}");
        assertThat(compilation).hadErrorContaining(Message.SELF_DEPENDENCY.format("\"b1\" (db.Child)"))
                .inFile(Cases.source("self_reference", "Child")).onLineContaining("dependsOn = \"b1\"");
    }

    @Test
    void repeatedParentIsReported() {
        Compilation compilation = Cases.compile("repeated");

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(Message.REPEATED_VALUE.format("\"b1\" (db.Child)", "a1", "revises"))
                .inFile(Cases.source("repeated", "Child")).onLineContaining("revises = {\"a1\", \"a1\"}");
    }

    @Test
    void cycleIsReportedOnceWithItsMembersInOrder() {
        Compilation compilation = Cases.compile("cycle");

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(Message.CYCLE.format(
                        "\"a\" (db.A) -> \"c\" (db.C) -> \"b\" (db.B) -> \"a\" (db.A)"))
                .inFile(Cases.source("cycle", "A")).onLineContaining("revises = \"c\"");
    }

    @Test
    void cycleThroughDependenciesAndLabelsIsReported() {
        Compilation compilation = Cases.compile("dependency_cycle");

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(Message.CYCLE.format("\"x\" (db.X) -> \"y\" (db.Y) -> \"x\" (db.X)"))
                .inFile(Cases.source("dependency_cycle", "X")).onLineContaining("dependsOn = \"ylabel\"");
    }

    @Test
    void twoHeadsAskForAMergeRevision() {
        Compilation compilation = Cases.compile("branch_point");
        String message = Message.MULTIPLE_HEADS.format(2, "\"l\" (db.Left), \"r\" (db.Right)", "\"l\", \"r\"");

        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining(message)
                .inFile(Cases.source("branch_point", "Left")).onLineContaining("@Revision");
        assertThat(compilation).hadErrorContaining(message)
                .inFile(Cases.source("branch_point", "Right")).onLineContaining("@Revision");
        assertThat(compilation).hadErrorContaining("mvn migrate:merge");
    }

    @Test
    void secondUnlabelledBaseIsReported() {
        Compilation compilation = Cases.compile("multiple_bases");

        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining(
                        Message.MULTIPLE_BASES.format(2, "\"a\" (db.Base1), \"b\" (db.Base2)", "\"b\" (db.Base2)"))
                .inFile(Cases.source("multiple_bases", "Base2")).onLineContaining("@Revision");
    }

    @Test
    void branchLabelsMustBeUnique() {
        Compilation compilation = Cases.compile("duplicate_label");

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(
                        Message.DUPLICATE_LABEL.format("x", "\"a\" (db.A)", "\"b\" (db.B)"))
                .inFile(Cases.source("duplicate_label", "B")).onLineContaining("branchLabels = \"x\"");
    }

    @Test
    void branchLabelMustNotBeAnId() {
        Compilation compilation = Cases.compile("label_is_id");

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(
                        Message.LABEL_IS_ID.format("b1", "\"a1\" (db.A)", "\"b1\" (db.B)"))
                .inFile(Cases.source("label_is_id", "A")).onLineContaining("branchLabels = \"b1\"");
    }
}
