package dev.migrate.processor;

import com.palantir.javapoet.ClassName;
import dev.migrate.graph.Message;
import dev.migrate.graph.Problem;
import dev.migrate.graph.RevisionGraphValidator;
import dev.migrate.graph.RevisionNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * Checks the graph of {@code @Revision} classes at compile time and generates the revision index
 * that the runtime loads instead of scanning the class path.
 *
 * <p>Every broken rule is a compile error on the exact annotation value at fault: an unknown or
 * repeated id, a cycle, several heads or bases without branch labels, a class the index cannot
 * create. Options: {@code -Amigrate.allowMultipleHeads=true} accepts several unlabelled heads;
 * {@code -Amigrate.index=com.example.db.MigrateIndex} names the generated index (by default
 * {@code MigrateIndex} in the revisions' common package); {@code -Amigrate.resources=dir1:dir2}
 * names folders holding the SQL scripts revisions run, when they are neither in the class output
 * nor on the class path. A script a revision runs must exist, and its content is part of the
 * revision's checksum; a transactional revision may not build an index concurrently.
 *
 * <p>Register it with maven-compiler-plugin's {@code annotationProcessorPaths}: JDK 23 and later
 * no longer run processors found on the class path by default.
 */
public final class RevisionProcessor extends AbstractProcessor {

    private Elements elements;
    private Messager messager;
    private Options options;
    private RevisionReader reader;
    private RevisionDigester digester;
    private ProblemReporter reporter;
    private IndexWriter writer;
    private PreviousBuild previousBuild;
    private ModuleProvidesCheck moduleCheck;
    private AllowCheck allowCheck;
    /** The index is written once per compilation, in the round that first sees revisions. */
    private boolean done;

    /** Creates the processor; javac calls this through {@link java.util.ServiceLoader}. */
    public RevisionProcessor() {}

    @Override
    public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        elements = env.getElementUtils();
        messager = env.getMessager();
        options = Options.from(env.getOptions());
        reader = new RevisionReader(elements, env.getTypeUtils(), messager);
        digester = new RevisionDigester(new SourceChecksum(env), new ScriptLocator(env.getFiler(), options.resources()),
                messager);
        reporter = new ProblemReporter(messager);
        writer = new IndexWriter(env.getFiler(), elements);
        previousBuild = new PreviousBuild(env.getFiler());
        moduleCheck = new ModuleProvidesCheck(elements, messager);
        allowCheck = new AllowCheck(elements, messager);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(RevisionReader.REVISION, AllowCheck.ALLOW, AllowCheck.ALLOW_LIST);
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Options.ALL;
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        try {
            allowCheck.check(round);
            processRound(round);
            if (round.processingOver()) {
                moduleCheck.checkAtEnd();
            }
        } catch (Throwable t) {
            // Never crash javac: an unexpected failure becomes one error with its stack trace.
            StringWriter trace = new StringWriter();
            t.printStackTrace(new PrintWriter(trace));
            messager.printMessage(Diagnostic.Kind.ERROR, Message.PROCESSOR_CRASH.format(trace));
        }
        return false;
    }

    private void processRound(RoundEnvironment round) throws IOException {
        TypeElement annotation = elements.getTypeElement(RevisionReader.REVISION);
        if (annotation == null) {
            return;
        }
        List<Element> annotated = new ArrayList<>(round.getElementsAnnotatedWith(annotation));
        if (annotated.isEmpty()) {
            return;
        }
        annotated.sort(Comparator.comparing(Element::toString));
        if (done) {
            for (Element late : annotated) {
                messager.printMessage(Diagnostic.Kind.ERROR, Message.LATE_REVISION.format(late), late);
            }
            return;
        }
        done = true;
        boolean ok = true;
        List<RevisionModel> revisions = new ArrayList<>();
        for (Element element : annotated) {
            ok &= reader.checkShape(element);
            RevisionModel revision = element instanceof TypeElement type ? reader.read(type, true) : null;
            if (revision == null) {
                ok = false;
            } else {
                RevisionDigester.Result digest = digester.digest(revision);
                ok &= digest.ok();
                revisions.add(revision.withDigest(digest.digest()));
            }
        }
        ok &= addPreviousBuild(revisions);

        Map<String, RevisionModel> bySource = new HashMap<>();
        List<RevisionNode> nodes = new ArrayList<>();
        for (RevisionModel revision : revisions) {
            bySource.put(revision.canonicalName(), revision);
            nodes.add(revision.node());
        }
        List<Problem> problems = RevisionGraphValidator.validate(nodes, options.allowMultipleHeads());
        for (Problem problem : problems) {
            reporter.report(problem, bySource);
        }
        if (!ok || !problems.isEmpty()) {
            return;
        }

        revisions.sort(Comparator.comparing(RevisionModel::id).thenComparing(RevisionModel::canonicalName));
        ClassName name;
        try {
            name = IndexName.choose(options.indexClass(), revisions, elements);
        } catch (IllegalArgumentException e) {
            messager.printMessage(Diagnostic.Kind.ERROR, e.getMessage());
            return;
        }
        Element[] originating = revisions.stream()
                .filter(RevisionModel::fromSource)
                .map(RevisionModel::element)
                .toArray(Element[]::new);
        writer.write(name, revisions, originating);
        if (originating.length > 0) {
            moduleCheck.remember(name, originating[0]);
        }
        List<RevisionModel> byClass = new ArrayList<>(revisions);
        byClass.sort(Comparator.comparing(RevisionModel::canonicalName));
        previousBuild.write(byClass, originating);
    }

    /**
     * Adds the revisions of the previous build that this compilation did not see: an incremental
     * compilation must still index the whole graph. Classes deleted since are left out.
     */
    private boolean addPreviousBuild(List<RevisionModel> revisions) {
        Map<String, PreviousBuild.Listed> previous;
        try {
            previous = previousBuild.read();
        } catch (IOException e) {
            messager.printMessage(Diagnostic.Kind.ERROR,
                    Message.STALE_INDEX_LISTING.format(PreviousBuild.LISTING, e.getMessage()));
            return false;
        }
        Set<String> seen = new HashSet<>();
        for (RevisionModel revision : revisions) {
            seen.add(revision.canonicalName());
        }
        boolean ok = true;
        for (Map.Entry<String, PreviousBuild.Listed> entry : previous.entrySet()) {
            if (seen.contains(entry.getKey())) {
                continue;
            }
            TypeElement type = elements.getTypeElement(entry.getKey());
            RevisionModel revision = type == null || reader.revisionAnnotation(type) == null
                    ? null : reader.read(type, false);
            if (revision != null) {
                RevisionDigester.Result digest = digester.relist(revision, entry.getValue());
                ok &= digest.ok();
                revisions.add(revision.withDigest(digest.digest()));
            }
        }
        return ok;
    }
}
