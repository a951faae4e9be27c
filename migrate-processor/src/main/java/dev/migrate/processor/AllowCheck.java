package dev.migrate.processor;

import dev.migrate.graph.Message;
import dev.migrate.lint.Rule;
import java.util.List;
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
            for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
                String type = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
                if (type.equals(ALLOW)) {
                    checkOne(element, mirror);
                } else if (type.equals(ALLOW_LIST)) {
                    for (AnnotationMirror one : nested(mirror)) {
                        checkOne(element, one);
                    }
                }
            }
        }
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
