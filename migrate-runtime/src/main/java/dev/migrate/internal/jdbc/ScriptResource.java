package dev.migrate.internal.jdbc;

import dev.migrate.MigrationException;
import dev.migrate.internal.sql.OpsMessage;
import dev.migrate.internal.sql.ScriptPaths;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads a revision's SQL script from the class path, next to the revision's class. */
final class ScriptResource {

    private ScriptResource() {}

    static String read(Class<?> revisionClass, String path, String revision, String operation) {
        String resource = ScriptPaths.resolve(revisionClass.getPackageName(), path);
        ClassLoader loader = revisionClass.getClassLoader() == null
                ? ClassLoader.getSystemClassLoader()
                : revisionClass.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new MigrationException(
                        OpsMessage.SCRIPT_MISSING.format(revision, operation, path, resource, resource));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MigrationException(OpsMessage.SCRIPT_UNREADABLE.format(revision, operation, e), e);
        }
    }
}
