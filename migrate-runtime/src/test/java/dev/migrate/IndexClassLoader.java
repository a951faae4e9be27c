package dev.migrate;

import dev.migrate.spi.RevisionIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;

/** A class loader whose only revision index is the one given: what a project's class path would offer. Public for the tests of other packages. */
public final class IndexClassLoader extends ClassLoader {

    private static final String SERVICE_FILE = "META-INF/services/" + RevisionIndex.class.getName();
    private final URL serviceFile;

    public IndexClassLoader(Class<? extends RevisionIndex> index) {
        super(IndexClassLoader.class.getClassLoader());
        try {
            Path file = Files.createTempFile("revision-index", ".txt");
            file.toFile().deleteOnExit();
            Files.writeString(file, index.getName() + "\n");
            serviceFile = file.toUri().toURL();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return name.equals(SERVICE_FILE) ? Collections.enumeration(java.util.List.of(serviceFile)) : super.getResources(name);
    }
}
