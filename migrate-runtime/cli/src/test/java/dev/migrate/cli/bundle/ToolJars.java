package dev.migrate.cli.bundle;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The tool's libraries as the plugin would hand them over, found on the test class path by one class of each. */
final class ToolJars {

    private static final String PICOCLI = "picocli.CommandLine";
    private static final int JAVA_17 = 61;

    private static final List<String> CLASSES = List.of(
            "dev.migrate.Migrator",
            "dev.migrate.cli.bundle.BundleWriter",
            PICOCLI,
            "com.fasterxml.jackson.jr.ob.JSON",
            "com.fasterxml.jackson.core.JsonFactory",
            "net.sf.jsqlparser.parser.CCJSqlParserUtil",
            "org.postgresql.Driver",
            "com.mysql.cj.jdbc.Driver",
            "org.mariadb.jdbc.Driver",
            "org.h2.Driver");

    private ToolJars() {}

    /** In {@link ToolArtifacts#KEYS}' order. */
    static List<BundleArtifact> all() {
        List<BundleArtifact> artifacts = new ArrayList<>();
        for (int i = 0; i < CLASSES.size(); i++) {
            String[] key = ToolArtifacts.KEYS.get(i).split(":");
            artifacts.add(new BundleArtifact(key[0], key[1], "1.0-test", location(CLASSES.get(i))));
        }
        return artifacts;
    }

    private static Path location(String className) {
        if (className.equals(PICOCLI)) {
            return picocli(true);
        }
        try {
            return Path.of(Class.forName(className).getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (ClassNotFoundException | URISyntaxException e) {
            throw new IllegalStateException("the test class path lacks " + className, e);
        }
    }

    /**
     * Where one of the two picocli on the test class path is: migrate-cli-picocli, whose classes are
     * Java 17's, or picocli's own jar, the command line's dependency, whose classes are older.
     */
    static Path picocli(boolean java17) {
        String resource = PICOCLI.replace('.', '/') + ".class";
        try {
            for (URL url : Collections.list(ToolJars.class.getClassLoader().getResources(resource))) {
                if (classFileVersion(url.openStream()) >= JAVA_17 == java17) {
                    String location = url.toString().substring(0, url.toString().length() - resource.length());
                    return Path.of(new URI(location.startsWith("jar:") ? location.substring(4, location.length() - 2)
                            : location));
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot read " + resource + " on the test class path", e);
        }
        throw new IllegalStateException("the test class path lacks " + (java17 ? "migrate-cli-picocli, picocli for Java 17"
                : "picocli's own jar"));
    }

    /** The major version of the class file {@code classFile} holds, which it closes: 49 for Java 5, 61 for Java 17. */
    static int classFileVersion(InputStream classFile) throws IOException {
        try (DataInputStream in = new DataInputStream(classFile)) {
            in.readInt();
            in.readUnsignedShort();
            return in.readUnsignedShort();
        }
    }
}
