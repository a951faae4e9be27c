package dev.migrate.internal.sql;

/**
 * Where {@code Ops.executeScript(path)} finds its script: the rule the runtime loads by and the
 * processor checks by, the one of {@link Class#getResource(String)}.
 */
public final class ScriptPaths {

    private ScriptPaths() {}

    /**
     * The class-path resource a revision's script path names.
     *
     * @param packageName the revision's package, empty for the unnamed package
     * @param path the path given: relative to the package, or absolute with a leading {@code /}
     * @return the resource's name, such as {@code com/example/db/v1.sql}
     */
    public static String resolve(String packageName, String path) {
        if (path.startsWith("/")) {
            return path.substring(1);
        }
        return packageName.isEmpty() ? path : packageName.replace('.', '/') + "/" + path;
    }
}
