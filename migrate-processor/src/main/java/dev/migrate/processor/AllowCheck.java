package dev.migrate.processor;

import dev.migrate.graph.Message;
import dev.migrate.lint.Rule;
import dev.migrate.spi.RevisionAllowance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * Checks each {@code @Allow} of a round: a reason that says something, and the id of a lint rule,
 * reported on the annotation's value.
 */
final class AllowCheck {

    static final String ALLOW = "dev.migrate.Allow";
    static final String ALLOW_LIST = "dev.migrate.Allow.List";

    private final Elements elements;
    private final Messager messager;

    AllowCheck(Elements elements, Messager messager) {
        this.elements = elements;
        this.messager = messager;
    }

    void check(RoundEnvironment round) {
        TypeElement allow = elements.getTypeElement(ALLOW);
        TypeElement list = elements.getTypeElement(ALLOW_LIST);
        if (allow == null || list == null) {
            return;
        }
        Set<Element> annotated = new java.util.TreeSet<>(java.util.Comparator.comparing(Element::toString));
        annotated.addAll(round.getElementsAnnotatedWith(allow));
        annotated.addAll(round.getElementsAnnotatedWith(list));
        for (Element element : annotated) {
            for (AnnotationMirror one : allows(element)) {
                checkOne(element, one);
            }
        }
    }

    /** Each {@code @Allow} of a class, those javac wrapped in a container included, in the order written. */
    static List<AnnotationMirror> allows(Element element) {
        List<AnnotationMirror> allows = new ArrayList<>();
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            String type = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
            if (type.equals(ALLOW)) {
                allows.add(mirror);
            } else if (type.equals(ALLOW_LIST)) {
                allows.addAll(nested(mirror));
            }
        }
        return allows;
    }

    /**
     * What the index records of a revision's {@code @Allow}s: rule and reason, the rule's id
     * normalised as lint matches it. Those with a value javac could not read are left out (javac
     * or {@link #check} reports them).
     */
    static List<RevisionAllowance> allowances(String revision, Element element) {
        List<RevisionAllowance> allowances = new ArrayList<>();
        for (AnnotationMirror allow : allows(element)) {
            AnnotationValue value = member(allow, "value");
            AnnotationValue reason = member(allow, "reason");
            if (value != null && value.getValue() instanceof String rule && reason != null
                    && reason.getValue() instanceof String text) {
                allowances.add(new RevisionAllowance(revision, rule.trim().toLowerCase(Locale.ROOT), text));
            }
        }
        return List.copyOf(allowances);
    }

    private void checkOne(Element element, AnnotationMirror allow) {
        AnnotationValue value = member(allow, "value");
        AnnotationValue reason = member(allow, "reason");
        String rule = value != null && value.getValue() instanceof String text ? text : null;
        if (rule != null && Rule.byId(rule).isEmpty()) {
            messager.printMessage(Diagnostic.Kind.ERROR, Message.ALLOW_UNKNOWN_RULE.format(element, rule, Rule.idList()),
                    element, allow, value);
        }
        if (reason != null && reason.getValue() instanceof String text && text.isBlank()) {
            messager.printMessage(Diagnostic.Kind.ERROR, Message.ALLOW_WITHOUT_REASON.format(element, rule),
                    element, allow, reason);
        }
        // A missing reason is javac's own error: the member has no default.
    }

    private static List<AnnotationMirror> nested(AnnotationMirror list) {
        AnnotationValue value = member(list, "value");
        if (value == null || !(value.getValue() instanceof List<?> items)) {
            return List.of();
        }
        return items.stream().map(item -> ((AnnotationValue) item).getValue())
                .filter(AnnotationMirror.class::isInstance).map(AnnotationMirror.class::cast).toList();
    }

    private static AnnotationValue member(AnnotationMirror mirror, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(name)) {
                return entry.getValue();
            }
        }
        return null;
    }
}
