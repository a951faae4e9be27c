package dev.migrate.maven;

import dev.migrate.MigrationException;
import dev.migrate.Migrator;
import dev.migrate.RevisionInfo;
import dev.migrate.Revisions;
import dev.migrate.spi.RevisionDescriptor;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * What the goals that write a revision class share: they read the project's revisions from its
 * sources (not from a build, which may be stale or may fail on two heads), place the new class in
 * the revisions' package under the first compile source root, and never overwrite a file.
 */
public abstract class AbstractNewRevisionMojo extends AbstractMigrateMojo {

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * The new revision's id. By default 12 random hexadecimal digits, as Alembic makes them. Letters,
     * digits and {@code _}, at most 64 characters, and not {@code head}, {@code heads}, {@code base}
     * or {@code current}.
     */
    @Parameter(property = "migrate.id")
    private String id;

    /**
     * The package of the new class. By default the package of the project's revisions (their
     * common package when they are in several); required for the very first revision.
     */
    @Parameter(property = "migrate.package")
    private String packageName;

    /**
     * Branch labels for the new revision, comma-separated: names for the branch it starts or
     * continues, usable as {@code label@head}.
     */
    @Parameter(property = "migrate.branchLabel")
    private String branchLabel;

    /** The encoding of the sources read and of the file written; UTF-8 when the project sets none. */
    @Parameter(property = "migrate.encoding", defaultValue = "${project.build.sourceEncoding}")
    private String encoding;

    /**
     * Creates the goal.
     *
     * @param decrypter decrypts the password of a {@code settings.xml} server, for a goal that
     *     reads the database
     */
    protected AbstractNewRevisionMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    /**
     * What the goal writes: the new revision's parents, dependencies and message.
     *
     * @param revises the parents' ids; none for a new base
     * @param dependsOn what it depends on, as {@code @Revision(dependsOn)} will say
     * @param message its message
     * @param merge whether it only joins branches, so that its bodies have nothing to fill in
     */
    record NewRevision(List<String> revises, List<String> dependsOn, String message, boolean merge) {}

    /** A new revision needs no database, unless its bodies are generated from one. */
    @Override
    protected final boolean needsDatabase(boolean urlGiven) {
        return generates();
    }

    /** The first revision is written when there are none yet. */
    @Override
    protected final boolean expectsRevisions() {
        return false;
    }

    @Override
    protected final void runOffline(Migrator.Builder builder) throws MojoFailureException, MojoExecutionException {
        write(null);
    }

    @Override
    protected final void run(Migrator migrator) throws MojoFailureException, MojoExecutionException {
        write(migrator);
    }

    /**
     * Whether the goal generates the new revision's bodies from the database and a model, and so
     * needs the database; {@code false} by default.
     *
     * @return whether {@link #generate} runs
     */
    boolean generates() {
        return false;
    }

    /**
     * The new revision's bodies, when {@link #generates()}.
     *
     * @param migrator the migrator over the compiled revisions and the database
     * @return the bodies and the comment to write above the class
     * @throws MojoFailureException for an expected problem, with a message naming what to change
     * @throws MojoExecutionException for an unexpected problem
     */
    RevisionSource.Body generate(Migrator migrator) throws MojoFailureException, MojoExecutionException {
        throw new IllegalStateException(getClass().getName() + " generates nothing");
    }

    /**
     * Reads the revisions in the sources and writes the new one.
     *
     * @param migrator the migrator, when the bodies are generated; {@code null} otherwise
     * @throws MojoFailureException for a missing or bad parameter, or sources that break the graph
     *     rules; nothing is written then
     * @throws MojoExecutionException for an unexpected problem, such as a file that cannot be written
     */
    private void write(Migrator migrator) throws MojoExecutionException, MojoFailureException {
        MavenProject project = project();
        Charset charset = charset();
        List<Path> roots = project.getCompileSourceRoots().stream().map(Path::of).toList();
        if (roots.isEmpty()) {
            throw new MojoExecutionException("migrate: the project has no compile source root to write the revision to");
        }
        List<SourceRevisions.Found> found = SourceRevisions.read(ownSources(roots), roots, classPath(), charset);
        Revisions revisions;
        try {
            revisions = Revisions.of(found.stream().map(SourceRevisions.Found::descriptor).toList());
        } catch (MigrationException e) {
            throw new MojoFailureException("migrate: the revisions in the sources must be fixed first. Nothing was"
                    + " written. " + e.getMessage(), e);
        }
        NewRevision planned = plan(revisions);
        RevisionSource.Body body = migrator == null ? null : generate(migrator);
        String newId = id == null || id.isBlank() ? freshId(revisions) : id.trim();
        String chosen = choosePackage(found);
        String simpleName = ClassNames.unique(ClassNames.fromMessage(planned.message(), newId),
                takenNames(roots, chosen, found));
        RevisionDescriptor revision = new RevisionDescriptor(newId, planned.revises(), planned.dependsOn(),
                commaSeparated(branchLabel), planned.message(), true, null,
                chosen.isEmpty() ? simpleName : chosen + "." + simpleName);
        Revisions larger;
        try {
            larger = revisions.with(revision);
        } catch (MigrationException e) {
            throw new MojoFailureException("migrate: the new revision would break the graph rules; change migrate.id,"
                    + " migrate.branchLabel or migrate.dependsOn. Nothing was written. " + e.getMessage(), e);
        }
        Path file = roots.get(0).resolve(chosen.replace('.', '/')).resolve(simpleName + ".java");
        write(file, RevisionSource.render(revision, planned.merge(), body, charset).getBytes(charset));
        getLog().info("migrate: wrote " + file.toAbsolutePath());
        getLog().info("migrate: revision " + newId + (revision.revises().isEmpty()
                ? " is a base (it revises nothing)" : " revises " + String.join(", ", revision.revises()))
                + ", \"" + planned.message() + "\"");
        getLog().info(planned.merge() ? "migrate: next, mvn compile migrate:upgrade applies the branches and the merge"
                : body != null ? "migrate: next, review the generated upgrade and downgrade, then mvn compile migrate:upgrade"
                : "migrate: next, fill in upgrade and downgrade, then mvn compile migrate:upgrade");
        if (larger.heads().size() > Math.max(1, revisions.heads().size())) {
            getLog().warn("migrate: the revisions now have " + larger.heads().size() + " heads ("
                    + String.join(", ", larger.heads()) + "); the compiler accepts that only when each branch has a"
                    + " branch label of its own (migrate.branchLabel), else join them with mvn migrate:merge");
        }
    }

    /**
     * Chooses the new revision's parents, dependencies and message.
     *
     * @param revisions the revisions in the sources
     * @return the plan
     * @throws MojoFailureException for a missing or bad parameter
     */
    abstract NewRevision plan(Revisions revisions) throws MojoFailureException;

    /** A comma-separated parameter's values, trimmed; empty when unset. */
    static List<String> commaSeparated(String value) {
        return value == null ? List.of()
                : Arrays.stream(value.split(",")).map(String::trim).filter(v -> !v.isEmpty()).toList();
    }

    /** Wraps a runtime refusal with the parameter that caused it. */
    static MojoFailureException failure(String what, MigrationException e) {
        return new MojoFailureException("migrate: " + what + ": " + e.getMessage() + ". Nothing was written", e);
    }

    private Charset charset() throws MojoFailureException {
        if (encoding == null || encoding.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(encoding.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new MojoFailureException("migrate: unknown encoding \"" + encoding + "\"; set migrate.encoding (or"
                    + " project.build.sourceEncoding) to one such as UTF-8");
        }
    }

    /** Generated sources (the index, for one) live under the build directory: not revisions of the project. */
    private List<Path> ownSources(List<Path> roots) {
        Path build = Path.of(project().getBuild().getDirectory()).toAbsolutePath().normalize();
        return roots.stream().filter(root -> !root.toAbsolutePath().normalize().startsWith(build)).toList();
    }

    /** The compile class path without the project's own classes, which may be older than the sources. */
    private List<Path> classPath() throws MojoExecutionException {
        Path output = Path.of(project().getBuild().getOutputDirectory()).toAbsolutePath().normalize();
        try {
            return project().getCompileClasspathElements().stream().map(Path::of)
                    .filter(p -> !p.toAbsolutePath().normalize().equals(output)).toList();
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("migrate: cannot resolve the project's compile class path: " + e.getMessage(), e);
        }
    }

    private String choosePackage(List<SourceRevisions.Found> found) throws MojoFailureException {
        if (packageName != null && !packageName.isBlank()) {
            String name = packageName.trim();
            if (!SourceVersion.isName(name)) {
                throw new MojoFailureException("migrate: migrate.package=" + name + " is not a package name; give one"
                        + " such as com.example.db");
            }
            return name;
        }
        if (found.isEmpty()) {
            throw new MojoFailureException("migrate: the project has no revisions yet, so there is no package to put the"
                    + " first one in; set migrate.package, such as -Dmigrate.package=com.example.db. Nothing was written");
        }
        String common = found.get(0).packageName();
        boolean same = true;
        for (SourceRevisions.Found revision : found) {
            same &= revision.packageName().equals(common);
            common = commonPackage(common, revision.packageName());
        }
        if (!same && common.isEmpty()) {
            throw new MojoFailureException("migrate: the revisions are in packages with nothing in common; set"
                    + " migrate.package to the one for the new revision. Nothing was written");
        }
        return common;
    }

    /** The longest common package of two packages, by whole segments. */
    static String commonPackage(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        List<String> common = new ArrayList<>();
        for (int i = 0; i < Math.min(left.length, right.length) && left[i].equals(right[i]); i++) {
            common.add(left[i]);
        }
        return String.join(".", common);
    }

    /** The lower-case simple names of the package's classes: its files in every root, and its revisions. */
    private static Set<String> takenNames(List<Path> roots, String packageName, List<SourceRevisions.Found> found)
            throws MojoExecutionException {
        Set<String> taken = new HashSet<>();
        for (Path root : roots) {
            Path dir = root.resolve(packageName.replace('.', '/'));
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".java"))
                        .forEach(n -> taken.add(n.substring(0, n.length() - 5).toLowerCase(Locale.ROOT)));
            } catch (IOException e) {
                throw new MojoExecutionException("migrate: cannot list " + dir + ": " + e.getMessage(), e);
            }
        }
        for (SourceRevisions.Found revision : found) {
            if (revision.packageName().equals(packageName)) {
                String binary = revision.descriptor().className();
                String simple = binary.substring(packageName.isEmpty() ? 0 : packageName.length() + 1);
                taken.add(simple.split("\\$")[0].toLowerCase(Locale.ROOT));
            }
        }
        return taken;
    }

    private static String freshId(Revisions revisions) {
        Set<String> ids = new HashSet<>();
        for (RevisionInfo revision : revisions.all()) {
            ids.add(revision.id());
        }
        byte[] bytes = new byte[6];
        String candidate;
        do {
            RANDOM.nextBytes(bytes);
            candidate = HexFormat.of().formatHex(bytes);
        } while (ids.contains(candidate));
        return candidate;
    }

    private static void write(Path file, byte[] content) throws MojoExecutionException {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new MojoExecutionException("migrate: " + file + " appeared while the revision was being written;"
                    + " it was left alone. Run the goal again", e);
        } catch (IOException e) {
            throw new MojoExecutionException("migrate: cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
