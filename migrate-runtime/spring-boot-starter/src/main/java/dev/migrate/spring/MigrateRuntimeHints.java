package dev.migrate.spring;

import dev.migrate.spi.IndexContents;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.TypeReference;
import org.springframework.util.ClassUtils;

/**
 * What a native image built with Spring AOT needs to find and run the revisions, read in the build
 * from the application's class path ({@link IndexContents}): the index's service file and the SQL
 * scripts the revisions run, the constructor of each generated index (which {@link
 * java.util.ServiceLoader} calls), and each revision class the indexes list with its constructors
 * (the index creates it; the runtime also loads it by name ahead of its step). Nothing is scanned.
 * Registered by the auto-configuration and, for an application that leaves it out of the AOT
 * build, through {@code META-INF/spring/aot.factories}.
 */
final class MigrateRuntimeHints implements RuntimeHintsRegistrar {

    @Override
    public void registerHints(RuntimeHints hints, ClassLoader classLoader) {
        IndexContents contents = IndexContents.of(classLoader != null ? classLoader : ClassUtils.getDefaultClassLoader());
        contents.resources().forEach(resource -> hints.resources().registerPattern(resource));
        contents.indexClasses().forEach(index -> hints.reflection()
                .registerType(TypeReference.of(index), MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS));
        contents.revisionClasses().forEach(revision -> hints.reflection()
                .registerType(TypeReference.of(revision), MemberCategory.INVOKE_DECLARED_CONSTRUCTORS));
    }
}
