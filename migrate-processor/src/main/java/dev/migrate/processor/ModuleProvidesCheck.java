package dev.migrate.processor;

import com.palantir.javapoet.ClassName;
import dev.migrate.graph.Message;
import dev.migrate.spi.RevisionIndex;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * Warns when the revisions sit in a named module whose module-info does not provide the generated
 * index: ServiceLoader ignores the {@code META-INF/services} registration there, so the runtime
 * would silently find no revisions.
 */
final class ModuleProvidesCheck {

    private static final String SERVICE = RevisionIndex.class.getName();

    private final Elements elements;
    private final Messager messager;
    private String module;
    private String index;

    ModuleProvidesCheck(Elements elements, Messager messager) {
        this.elements = elements;
        this.messager = messager;
    }

    /** Notes the index written for {@code revision}'s module, to check once processing is over. */
    void remember(ClassName index, Element revision) {
        ModuleElement of = elements.getModuleOf(revision);
        if (of != null && !of.isUnnamed()) {
            this.module = of.getQualifiedName().toString();
            this.index = index.canonicalName();
        }
    }

    /**
     * Checks the module's directives in the last round. Reading them earlier would resolve its
     * {@code provides ... with} before the generated index exists, and javac would then reject the
     * directive itself.
     */
    void checkAtEnd() {
        ModuleElement named = module == null ? null : elements.getModuleElement(module);
        if (named == null || provides(named, index)) {
            return;
        }
        messager.printMessage(Diagnostic.Kind.WARNING, Message.MODULE_WITHOUT_PROVIDES.format(module, index), named);
    }

    private static boolean provides(ModuleElement module, String index) {
        for (ModuleElement.Directive directive : module.getDirectives()) {
            if (directive instanceof ModuleElement.ProvidesDirective provides
                    && provides.getService().getQualifiedName().contentEquals(SERVICE)) {
                for (TypeElement implementation : provides.getImplementations()) {
                    if (implementation.getQualifiedName().contentEquals(index)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
