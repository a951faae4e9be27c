package dev.migrate.cli.bundle;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The tool's libraries as the plugin would hand them over, found on the test class path by one class of each. */
final class ToolJars {

    private static final List<String> CLASSES = List.of(
            "dev.migrate.Migrator",
            "dev.migrate.cli.bundle.BundleWriter",
            "picocli.CommandLine",
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
        try {
            return Path.of(Class.forName(className).getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (ClassNotFoundException | URISyntaxException e) {
            throw new IllegalStateException("the test class path lacks " + className, e);
        }
    }
}
