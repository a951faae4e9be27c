package dev.migrate.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code migrate --version}: the version the build wrote into {@code version.properties}. */
final class CliVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"migrate " + version(), "Java " + System.getProperty("java.version")};
    }

    static String version() {
        Properties properties = new Properties();
        try (InputStream in = CliVersion.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "(unknown)");
    }
}
