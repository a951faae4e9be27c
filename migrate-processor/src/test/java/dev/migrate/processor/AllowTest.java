package dev.migrate.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.migrate.graph.Message;
import dev.migrate.lint.Rule;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@code @Allow} needs a reason and a rule that exists: otherwise the build fails where it is written. */
class AllowTest {

    private final Compilation compilation = Cases.compile("allow");

    @Test
    void blankReasonIsAnError() {
        assertThat(compilation).hadErrorContaining(Message.ALLOW_WITHOUT_REASON.format("db.BlankReason", "drop-table"))
                .inFile(Cases.source("allow", "BlankReason")).onLineContaining("@Allow");
    }

    @Test
    void blankReasonOfARepeatedAllowIsAnError() {
        // javac wraps repeated annotations in a container it made up, so it places the error on the class.
        assertThat(compilation).hadErrorContaining(Message.ALLOW_WITHOUT_REASON.format("db.Repeated", "rename-column"))
                .inFile(Cases.source("allow", "Repeated")).onLineContaining("class Repeated");
    }

    @Test
    void missingReasonIsJavacsError() {
        Compilation missing = Cases.compile("allow_missing");
        assertThat(missing).hadErrorContaining("missing a default value for the element 'reason'")
                .inFile(Cases.source("allow_missing", "NoReason")).onLineContaining("@Allow");
    }

    @Test
    void unknownRuleIsAnError() {
        String ids = Arrays.stream(Rule.values()).map(Rule::id).collect(Collectors.joining(", "));
        assertThat(compilation).hadErrorContaining(Message.ALLOW_UNKNOWN_RULE.format("db.UnknownRule", "drop-everything",
                ids)).inFile(Cases.source("allow", "UnknownRule")).onLineContaining("@Allow");
    }

    @Test
    void aReasonedAllowIsFine() {
        Compilation good = Cases.compile(List.of(Cases.source("allow", "DropNickname")));
        assertThat(good).succeededWithoutWarnings();
    }

    @Test
    void theRulesOfTablesAndColumnsInUseAreKnown() {
        Compilation good = Cases.compile("allow_in_use");
        assertThat(good).succeededWithoutWarnings();
    }

    @Test
    void eachBadAllowIsOneError() {
        assertThat(compilation).hadErrorCount(3);
    }
}
