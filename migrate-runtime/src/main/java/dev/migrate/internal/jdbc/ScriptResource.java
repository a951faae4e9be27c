package dev.migrate.internal.jdbc;

import dev.migrate.MigrationException;
import dev.migrate.internal.sql.OpsMessage;
import dev.migrate.internal.sql.ScriptPaths;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads a revision's SQL script, next to the revision's class: from its module, or from the class path. */
final class ScriptResource {

    private ScriptResource() {}

    static String read(Class<?> revisionClass, String path, String subject, String operation) {
        String resource = ScriptPaths.resolve(revisionClass.getPackageName(), path);
        try (InputStream in = open(revisionClass, resource)) {
            if (in == null) {
                Module module = revisionClass.getModule();
                throw new MigrationException(module.isNamed()
                        ? OpsMessage.SCRIPT_MISSING_IN_MODULE.format(subject, operation, path, module.getName(),
                                resource, revisionClass.getPackageName())
                        : OpsMessage.SCRIPT_MISSING.format(subject, operation, path, resource, resource));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MigrationException(OpsMessage.SCRIPT_UNREADABLE.format(subject, operation, e), e);
        }
    }

    /**
     * A revision in a named module finds its script in that module, where the runtime may read it once
     * the package is open to it ({@code opens com.example.db to dev.migrate}); a class loader would
     * find it only in a package open to every module. A script elsewhere comes from the class loader.
     */
    private static InputStream open(Class<?> revisionClass, String resource) throws IOException {
        Module module = revisionClass.getModule();
        if (module.isNamed()) {
            InputStream in = module.getResourceAsStream(resource);
            if (in != null) {
                return in;
            }
        }
        ClassLoader loader = revisionClass.getClassLoader() == null
                ? ClassLoader.getSystemClassLoader()
                : revisionClass.getClassLoader();
        return loader.getResourceAsStream(resource);
    }
}
