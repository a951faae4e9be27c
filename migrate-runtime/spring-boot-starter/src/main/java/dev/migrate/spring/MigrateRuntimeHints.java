package dev.migrate.spring;

import dev.migrate.spi.RevisionIndex;
import java.util.ServiceLoader;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.util.ClassUtils;

/**
 * What a native image built with Spring AOT needs to find the revisions: the index's service file,
 * and the constructor of each generated index it names. The index creates the revisions with
 * {@code new}, so nothing else is reflected on, and nothing is scanned.
 */
final class MigrateRuntimeHints implements RuntimeHintsRegistrar {

    static final String INDEX_SERVICE = "META-INF/services/" + RevisionIndex.class.getName();

    @Override
    public void registerHints(RuntimeHints hints, ClassLoader classLoader) {
        hints.resources().registerPattern(INDEX_SERVICE);
        ClassLoader loader = classLoader != null ? classLoader : ClassUtils.getDefaultClassLoader();
        // The providers' types only: AOT processing runs in the build, where no index needs creating.
        ServiceLoader.load(RevisionIndex.class, loader).stream().forEach(provider -> hints.reflection()
                .registerType(provider.type(), MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS));
    }
}
