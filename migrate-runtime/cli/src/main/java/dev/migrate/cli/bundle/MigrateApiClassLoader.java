package dev.migrate.cli.bundle;

/**
 * A parent for the class loader of a project's revisions: the JDK, plus the tool's own {@code
 * dev.migrate.*} classes, so that the revisions implement the very {@code Migration} interface the
 * tool's runtime calls and the project's copy of the runtime is never loaded. It gives no resources
 * and no other class: whatever else the tool's loader holds (a plugin's drivers, a test's classes
 * and indexes) never shadows or joins the project's. The Maven plugin's goals and {@link
 * BundleWriter} read revisions through it.
 */
public final class MigrateApiClassLoader extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final ClassLoader tool;

    /**
     * Creates the loader.
     *
     * @param tool the loader of the tool's runtime, such as a Maven plugin's realm
     */
    public MigrateApiClassLoader(ClassLoader tool) {
        super("migrate-api", ClassLoader.getPlatformClassLoader());
        this.tool = tool;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        if (name.startsWith("dev.migrate.")) {
            // A project class in a dev.migrate.* package is not in the tool: the child then finds it.
            return tool.loadClass(name);
        }
        throw new ClassNotFoundException(name);
    }
}
