package dev.migrate.maven;

import dev.migrate.spi.RevisionDescriptor;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Reads the {@code @Revision} classes of a project's sources with the JDK's compiler, without
 * compiling anything: the revisions as the sources are now, before the first compile, and while
 * the build fails on them (two heads after a team merge), which a compiled index cannot give.
 *
 * <p>javac runs in analysis mode ({@code -proc:only}) with a processor of our own that only
 * records the annotation values, so constants in annotation values read as the compiler reads
 * them. Only the files that mention {@code Revision} are handed to it; the other sources are on
 * its source path, found when a revision refers to them (in a modular project, every source is
 * handed over). Nothing is written.
 */
final class SourceRevisions {

    static final String REVISION = "dev.migrate.Revision";
    private static final String MODULE_INFO = "module-info.java";
    /** How many of javac's errors a failure lists. */
    private static final int ERRORS_SHOWN = 10;

    /**
     * A revision found in the sources.
     *
     * @param descriptor its annotation values and binary class name (no checksum)
     * @param packageName the package of its class, empty for the unnamed package
     */
    record Found(RevisionDescriptor descriptor, String packageName) {}

    private SourceRevisions() {}

    /**
     * The revisions declared under {@code scanned}, sorted by id.
     *
     * @param scanned the source roots whose revisions to read
     * @param sourcePath every source root, for the classes the revisions refer to
     * @param classPath the compile class path, with {@code dev.migrate.Revision} on it
     * @param encoding the sources' encoding
     * @throws MojoFailureException when javac finds errors in the revisions or what they use
     * @throws MojoExecutionException when Maven runs on a Java runtime without a compiler
     */
    static List<Found> read(List<Path> scanned, List<Path> sourcePath, List<Path> classPath, Charset encoding)
            throws MojoFailureException, MojoExecutionException {
        // A module-info.java on the source path would put javac in module mode, where the class path's
        // dev.migrate is invisible; without a source path every source is handed over instead.
        boolean modular = existing(sourcePath).stream().anyMatch(root -> Files.isRegularFile(root.resolve(MODULE_INFO)));
        List<Path> files = candidates(scanned, !modular);
        if (files.isEmpty()) {
            return List.of();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new MojoExecutionException("migrate: reading the revision sources needs the JDK's compiler, which this"
                    + " Java runtime lacks (" + System.getProperty("java.home") + "); run Maven on a JDK");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Collector collector = new Collector();
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, Locale.ROOT, encoding)) {
            fileManager.setLocationFromPaths(StandardLocation.SOURCE_PATH, modular ? List.of() : existing(sourcePath));
            fileManager.setLocationFromPaths(StandardLocation.CLASS_PATH, existing(classPath));
            JavaCompiler.CompilationTask task = javac.getTask(new StringWriter(), fileManager, diagnostics,
                    List.of("-proc:only", "-implicit:none", "-Xlint:none", "-encoding", encoding.name()), null,
                    fileManager.getJavaFileObjectsFromPaths(files));
            task.setProcessors(List.of(collector));
            task.setLocale(Locale.ROOT);
            task.call();
        } catch (IOException e) {
            throw new MojoExecutionException("migrate: cannot read the revision sources: " + e.getMessage(), e);
        }
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                errors.add((d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ")
                        + d.getMessage(Locale.ROOT));
            }
        }
        if (!errors.isEmpty()) {
            throw new MojoFailureException("migrate: cannot read the revisions: javac reports " + errors.size()
                    + " error(s) in the sources:\n  " + String.join("\n  ", errors.subList(0, Math.min(ERRORS_SHOWN,
                    errors.size()))) + "\nFix them, then run the goal again. Nothing was written");
        }
        List<Found> found = new ArrayList<>(collector.found);
        found.sort(Comparator.comparing(f -> f.descriptor().id()));
        return found;
    }

    /**
     * The source files to hand to javac: those that mention the annotation's name, so can declare
     * a revision, or every one.
     */
    private static List<Path> candidates(List<Path> roots, boolean onlyMentions) throws MojoExecutionException {
        List<Path> files = new ArrayList<>();
        for (Path root : existing(roots)) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(file -> isClassSource(file) && (!onlyMentions || mentionsRevision(file))).sorted()
                        .forEach(files::add);
            } catch (IOException | UncheckedIOException e) {
                throw new MojoExecutionException("migrate: cannot read the sources under " + root + ": " + e.getMessage(), e);
            }
        }
        return files;
    }

    private static boolean isClassSource(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".java") && !name.equals(MODULE_INFO) && !name.equals("package-info.java")
                && Files.isRegularFile(file);
    }

    private static boolean mentionsRevision(Path file) {
        try {
            // Every encoding javac reads Java in keeps ASCII as ASCII, so Latin-1 finds the name in any.
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains("Revision");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> existing(List<Path> paths) {
        return paths.stream().filter(Files::exists).toList();
    }

    /** Records each {@code @Revision} class javac enters; reports nothing and generates nothing. */
    private static final class Collector extends AbstractProcessor {

        final List<Found> found = new ArrayList<>();

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of(REVISION);
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            Elements elements = processingEnv.getElementUtils();
            TypeElement annotation = elements.getTypeElement(REVISION);
            if (annotation == null) {
                return false;
            }
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                if (element instanceof TypeElement type) {
                    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
                        if (mirror.getAnnotationType().asElement().equals(annotation)) {
                            found.add(read(type, mirror, elements));
                        }
                    }
                }
            }
            return false;
        }

        private static Found read(TypeElement type, AnnotationMirror mirror, Elements elements) {
            String id = "";
            List<String> revises = List.of();
            List<String> dependsOn = List.of();
            List<String> labels = List.of();
            String message = "";
            boolean transactional = true;
            for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                    : elements.getElementValuesWithDefaults(mirror).entrySet()) {
                Object value = entry.getValue().getValue();
                switch (entry.getKey().getSimpleName().toString()) {
                    case "id" -> id = String.valueOf(value);
                    case "revises" -> revises = strings(value);
                    case "dependsOn" -> dependsOn = strings(value);
                    case "branchLabels" -> labels = strings(value);
                    case "message" -> message = String.valueOf(value);
                    case "transactional" -> transactional = Boolean.TRUE.equals(value);
                    default -> { }
                }
            }
            String className = elements.getBinaryName(type).toString();
            RevisionDescriptor descriptor = new RevisionDescriptor(id, revises, dependsOn, labels, message,
                    transactional, null, className);
            return new Found(descriptor, elements.getPackageOf(type).getQualifiedName().toString());
        }

        /** An array value, or a single value that javac keeps unwrapped. */
        private static List<String> strings(Object value) {
            if (value instanceof List<?> list) {
                List<String> result = new ArrayList<>(list.size());
                for (Object item : list) {
                    result.add(String.valueOf(((AnnotationValue) item).getValue()));
                }
                return result;
            }
            return List.of(String.valueOf(value));
        }
    }
}
