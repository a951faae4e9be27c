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
import java.util.function.BiFunction;
import java.util.function.Function;
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
 * Checks the graph of {@code @Revision} classes and the {@code @Seed} classes at compile time and
 * generates the revision index that the runtime loads instead of scanning the class path.
 *
 * <p>Every broken rule is a compile error on the exact annotation value at fault: an unknown or
 * repeated id, a cycle, several heads or bases without branch labels, a class the index cannot
 * create, a seed whose id is repeated or whose {@code after} names no revision. Options: {@code
 * -Amigrate.allowMultipleHeads=true} accepts several unlabelled heads; {@code
 * -Amigrate.index=com.example.db.MigrateIndex} names the generated index (by default
 * {@code MigrateIndex} in the revisions' common package); {@code -Amigrate.resources=dir1:dir2}
 * names folders holding the SQL scripts revisions run, when they are neither in the class output
 * nor on the class path. A script a revision runs (or a CSV file a seed reads) must exist, and its
 * content is part of the checksum; a transactional revision may not build an index concurrently.
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
    private SeedReader seedReader;
    private SeedValidator seedValidator;
    private PreviousBuild previousSeeds;
    private ModuleProvidesCheck moduleCheck;
    private AllowCheck allowCheck;
    /** The index is written once per compilation, in the round that first sees revisions or seeds. */
    private boolean done;
    /** Whether the previous build listed seeds: then the listing is written again, if only to empty it. */
    private boolean seedsListed;

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
        previousBuild = new PreviousBuild(env.getFiler(), PreviousBuild.LISTING);
        seedReader = new SeedReader(elements, env.getTypeUtils(), messager);
        seedValidator = new SeedValidator(reporter);
        previousSeeds = new PreviousBuild(env.getFiler(), PreviousBuild.SEED_LISTING);
        moduleCheck = new ModuleProvidesCheck(elements, messager);
        allowCheck = new AllowCheck(elements, messager);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(RevisionReader.REVISION, SeedReader.SEED, AllowCheck.ALLOW, AllowCheck.ALLOW_LIST);
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
        List<Element> annotated = annotated(round, RevisionReader.REVISION);
        // A compilation that sees only seeds (an IDE recompiling one) writes the index too, from the previous build's revisions.
        List<Element> seeded = annotated(round, SeedReader.SEED);
        if (annotated.isEmpty() && seeded.isEmpty()) {
            return;
        }
        if (done) {
            for (Element late : annotated) {
                messager.printMessage(Diagnostic.Kind.ERROR, Message.LATE_REVISION.format(late), late);
            }
            for (Element late : seeded) {
                messager.printMessage(Diagnostic.Kind.ERROR, Message.LATE_SEED.format(late), late);
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
        List<SeedModel> seeds = new ArrayList<>();
        ok &= readSeeds(seeded, seeds);
        ok &= addPreviousSeeds(seeds);
        seeds.sort(Comparator.comparing(SeedModel::canonicalName));
        ok &= seedValidator.validate(seeds, revisions);
        if (!ok || !problems.isEmpty()) {
            return;
        }
        seeds.sort(Comparator.comparing(SeedModel::id));

        revisions.sort(Comparator.comparing(RevisionModel::id).thenComparing(RevisionModel::canonicalName));
        ClassName name;
        try {
            name = IndexName.choose(options.indexClass(), revisions, elements);
        } catch (IllegalArgumentException e) {
            messager.printMessage(Diagnostic.Kind.ERROR, e.getMessage());
            return;
        }
        List<Element> sources = new ArrayList<>();
        revisions.stream().filter(RevisionModel::fromSource).forEach(revision -> sources.add(revision.element()));
        seeds.stream().filter(SeedModel::fromSource).forEach(seed -> sources.add(seed.element()));
        Element[] originating = sources.toArray(Element[]::new);
        writer.write(name, revisions, seeds, originating);
        if (originating.length > 0) {
            moduleCheck.remember(name, originating[0]);
        }
        List<RevisionModel> byClass = new ArrayList<>(revisions);
        byClass.sort(Comparator.comparing(RevisionModel::canonicalName));
        previousBuild.write(byClass, originating);
        if (!seeds.isEmpty() || seedsListed) {
            List<SeedModel> seedsByClass = new ArrayList<>(seeds);
            seedsByClass.sort(Comparator.comparing(SeedModel::canonicalName));
            previousSeeds.write(seedsByClass, originating);
        }
    }

    /** The round's classes carrying the annotation, sorted; none when the annotation is not on the class path. */
    private List<Element> annotated(RoundEnvironment round, String annotationName) {
        TypeElement annotation = elements.getTypeElement(annotationName);
        if (annotation == null) {
            return List.of();
        }
        List<Element> annotated = new ArrayList<>(round.getElementsAnnotatedWith(annotation));
        annotated.sort(Comparator.comparing(Element::toString));
        return annotated;
    }

    /** Reads and digests the round's seeds into {@code seeds}; returns whether each could be read. */
    private boolean readSeeds(List<Element> seeded, List<SeedModel> seeds) {
        boolean ok = true;
        for (Element element : seeded) {
            ok &= seedReader.checkShape(element);
            SeedModel seed = element instanceof TypeElement type ? seedReader.read(type, true) : null;
            if (seed == null) {
                ok = false;
            } else {
                // Seeds run in a transaction: no index built concurrently there either.
                RevisionDigester.Result digest = digester.digest(seed.element(), true);
                ok &= digest.ok();
                seeds.add(seed.withDigest(digest.digest()));
            }
        }
        return ok;
    }

    /**
     * Adds the revisions of the previous build that this compilation did not see: an incremental
     * compilation must still index the whole graph. Classes deleted since are left out.
     */
    private boolean addPreviousBuild(List<RevisionModel> revisions) {
        return addPrevious(previousBuild, PreviousBuild.LISTING, revisions,
                type -> reader.revisionAnnotation(type) == null ? null : reader.read(type, false),
                RevisionModel::withDigest);
    }

    /** Adds the seeds of the previous build that this compilation did not see, as {@link #addPreviousBuild} does for revisions. */
    private boolean addPreviousSeeds(List<SeedModel> seeds) {
        return addPrevious(previousSeeds, PreviousBuild.SEED_LISTING, seeds,
                type -> seedReader.seedAnnotation(type) == null ? null : seedReader.read(type, false),
                SeedModel::withDigest);
    }

    /**
     * Adds to {@code models} the classes {@code listing} names that are not among them, read from
     * their class files with {@code read} (which gives {@code null} for a class that no longer carries
     * its annotation) and their scripts read again; returns whether all went well.
     */
    private <M extends Listable> boolean addPrevious(PreviousBuild listing, String name, List<M> models,
            Function<TypeElement, M> read, BiFunction<M, Digest, M> withDigest) {
        Map<String, PreviousBuild.Listed> previous;
        try {
            previous = listing.read();
        } catch (IOException e) {
            messager.printMessage(Diagnostic.Kind.ERROR, Message.STALE_INDEX_LISTING.format(name, e.getMessage()));
            return false;
        }
        if (listing == previousSeeds) {
            seedsListed = !previous.isEmpty();
        }
        Set<String> seen = new HashSet<>();
        models.forEach(model -> seen.add(model.canonicalName()));
        boolean ok = true;
        for (Map.Entry<String, PreviousBuild.Listed> entry : previous.entrySet()) {
            TypeElement type = seen.contains(entry.getKey()) ? null : elements.getTypeElement(entry.getKey());
            M model = type == null ? null : read.apply(type);
            if (model != null) {
                RevisionDigester.Result digest = digester.relist(type, entry.getValue());
                ok &= digest.ok();
                models.add(withDigest.apply(model, digest.digest()));
            }
        }
        return ok;
    }
}
