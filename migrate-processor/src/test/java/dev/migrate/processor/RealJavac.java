package dev.migrate.processor;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** The system javac writing to real directories, as Maven and IDEs run it, with the processor. */
final class RealJavac {

    /** What one compilation produced. */
    record Result(boolean success, String diagnostics) {}

    private RealJavac() {}

    /** Compiles {@code sources} into {@code out}, with {@code out} on the class path as an incremental build has it. */
    static Result compile(List<Path> sources, Path out, Path generated, String... options) {
        List<String> arguments = new ArrayList<>(List.of(
                "-d", out.toString(), "-s", generated.toString(),
                "-cp", out + File.pathSeparator + System.getProperty("java.class.path")));
        arguments.addAll(List.of(options));
        return run(sources, arguments, out, generated);
    }

    private static Result run(List<Path> sources, List<String> arguments, Path out, Path generated) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            Files.createDirectories(out);
            Files.createDirectories(generated);
            JavaCompiler.CompilationTask task = javac.getTask(new StringWriter(), files, diagnostics, arguments, null,
                    files.getJavaFileObjectsFromPaths(sources));
            task.setProcessors(List.of(new RevisionProcessor()));
            boolean success = task.call();
            StringBuilder text = new StringBuilder();
            diagnostics.getDiagnostics().forEach(d -> text.append(d.getKind()).append(": ")
                    .append(d.getMessage(Locale.ROOT)).append('\n'));
            return new Result(success, text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compiles a module's {@code sources} into {@code out}, with the runtime {@code runtime} on the module path. */
    static Result compileModule(List<Path> sources, Path out, Path generated, Path runtime) {
        return run(sources, List.of("-d", out.toString(), "-s", generated.toString(),
                "--module-path", runtime.toString()), out, generated);
    }

    /** Copies a case's sources into {@code dir} and returns them. */
    static List<Path> copyCase(String name, Path dir) throws IOException {
        Path root = Cases.directory(name);
        List<Path> copies = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path source : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                Path copy = dir.resolve(root.relativize(source).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(source, copy);
                copies.add(copy);
            }
        }
        return copies;
    }
}
