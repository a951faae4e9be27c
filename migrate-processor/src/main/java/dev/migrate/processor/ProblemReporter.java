package dev.migrate.processor;

import dev.migrate.graph.Attribute;
import dev.migrate.graph.Problem;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.tools.Diagnostic;

/**
 * Reports graph problems where the IDE can underline them: on the annotation value at fault
 * ({@code revises = "..."}), else on the member, else on the annotation.
 */
final class ProblemReporter {

    private final Messager messager;

    ProblemReporter(Messager messager) {
        this.messager = messager;
    }

    void report(Problem problem, Map<String, RevisionModel> bySource) {
        RevisionModel model = bySource.get(problem.source());
        if (model == null) {
            messager.printMessage(Diagnostic.Kind.ERROR, problem.text());
            return;
        }
        report(problem.text(), model.element(), model.annotation(),
                problem.attribute() == Attribute.NONE ? null : problem.attribute().annotationMember(), problem.value());
    }

    /**
     * Reports an error on {@code value} within the annotation's {@code member} (an array's item, or
     * the member's one value), else on the member, else on the annotation.
     *
     * @param member the member's name, or {@code null} for the annotation as a whole
     * @param value the value at fault, or {@code null} for the member as a whole
     */
    void report(String text, Element element, AnnotationMirror annotation, String member, String value) {
        AnnotationValue written = member(annotation, member);
        AnnotationValue at = written == null ? null : item(written, value);
        if (at != null) {
            messager.printMessage(Diagnostic.Kind.ERROR, text, element, annotation, at);
        } else if (written != null) {
            messager.printMessage(Diagnostic.Kind.ERROR, text, element, annotation, written);
        } else {
            messager.printMessage(Diagnostic.Kind.ERROR, text, element, annotation);
        }
    }

    /** The member as written in source; {@code null} when it is left at its default. */
    private static AnnotationValue member(AnnotationMirror annotation, String name) {
        if (annotation == null || name == null) {
            return null;
        }
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : annotation.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(name)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** Within an array member, the item equal to {@code value}; the last such item, since a repeat is the fault. */
    private static AnnotationValue item(AnnotationValue member, String value) {
        if (value == null) {
            return null;
        }
        Object content = member.getValue();
        if (content instanceof List<?> list) {
            AnnotationValue found = null;
            for (Object item : list) {
                AnnotationValue candidate = (AnnotationValue) item;
                if (value.equals(candidate.getValue())) {
                    found = candidate;
                }
            }
            return found;
        }
        return value.equals(content) ? member : null;
    }
}
