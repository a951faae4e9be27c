package dev.migrate.maven;

import dev.migrate.cli.bundle.MigrateApiClassLoader;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;

/**
 * The class loader of the project's revisions: its output directory and runtime dependencies,
 * over a parent that exposes only the JDK and the plugin's own {@code dev.migrate} classes.
 *
 * <p>The project depends on migrate-runtime too; taking {@code dev.migrate} from the plugin means
 * the revisions implement the very {@code Migration} interface the plugin's runtime calls, and the
 * project's copy is never loaded. Everything else comes from the project, so the plugin's own
 * libraries (H2, HikariCP, the drivers) never shadow the project's versions. The plugin's realm
 * is never modified.
 */
final class ProjectClassLoader {

    private ProjectClassLoader() {}

    static URLClassLoader create(List<String> classPath, ClassLoader pluginLoader) throws MalformedURLException {
        URL[] urls = new URL[classPath.size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = new File(classPath.get(i)).toURI().toURL();
        }
        return new URLClassLoader("migrate-project", urls, new MigrateApiClassLoader(pluginLoader));
    }
}
