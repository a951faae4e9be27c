package dev.migrate.maven;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;

/**
 * The class loader of the project's entities, for Hibernate in the plugin: the project's classes
 * and dependencies over a parent that gives the plugin's {@code jakarta.persistence}, {@code
 * org.hibernate} and {@code dev.migrate} classes and the JDK. Hibernate reads the entities'
 * annotations only when they are its own {@code jakarta.persistence} classes; everything else
 * comes from the project. The plugin's realm is never modified.
 */
final class EntityClassLoader extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    private static final List<String> SHARED = List.of("jakarta.persistence.", "org.hibernate.", "dev.migrate.");

    private final ClassLoader plugin;

    private EntityClassLoader(ClassLoader plugin) {
        super("migrate-persistence-api", ClassLoader.getPlatformClassLoader());
        this.plugin = plugin;
    }

    /**
     * The loader of a project's entities.
     *
     * @param classPath the project's class directory and dependencies
     * @param plugin the plugin's loader, which has Hibernate
     * @return the loader; close it when done
     * @throws MalformedURLException when an element is no path
     */
    static URLClassLoader create(List<String> classPath, ClassLoader plugin) throws MalformedURLException {
        URL[] urls = new URL[classPath.size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = new File(classPath.get(i)).toURI().toURL();
        }
        return new URLClassLoader("migrate-entities", urls, new EntityClassLoader(plugin));
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        for (String prefix : SHARED) {
            if (name.startsWith(prefix)) {
                return plugin.loadClass(name);
            }
        }
        throw new ClassNotFoundException(name);
    }
}
