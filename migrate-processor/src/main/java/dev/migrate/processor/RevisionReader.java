package dev.migrate.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Turns a class carrying {@code @Revision} into a {@link RevisionModel}, reporting on the class
 * each way its shape keeps the generated index from creating it.
 */
final class RevisionReader {

    static final String REVISION = "dev.migrate.Revision";
    static final String MIGRATION = "dev.migrate.Migration";

    private final Elements elements;
    private final ClassShape shape;

    RevisionReader(Elements elements, Types types, Messager messager) {
        this.elements = elements;
        this.shape = new ClassShape(elements, types, messager);
    }

    /**
     * The annotation's values as a model (checksum not yet set), or {@code null} when a value is
     * erroneous (javac has already reported it, for example a constant that does not exist).
     */
    RevisionModel read(TypeElement element, boolean fromSource) {
        AnnotationMirror annotation = revisionAnnotation(element);
        Map<? extends ExecutableElement, ? extends AnnotationValue> values =
                elements.getElementValuesWithDefaults(annotation);
        String id = "";
        List<String> revises = List.of();
        List<String> dependsOn = List.of();
        List<String> labels = List.of();
        String message = "";
        boolean transactional = true;
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : values.entrySet()) {
            Object value = entry.getValue().getValue();
            if (!wellTyped(entry.getKey().getSimpleName().toString(), value)) {
                return null;
            }
            switch (entry.getKey().getSimpleName().toString()) {
                case "id" -> id = (String) value;
                case "revises" -> revises = strings(value);
                case "dependsOn" -> dependsOn = strings(value);
                case "branchLabels" -> labels = strings(value);
                case "message" -> message = (String) value;
                case "transactional" -> transactional = (Boolean) value;
                default -> { }
            }
        }
        return new RevisionModel(element, annotation, id, revises, dependsOn, labels, message, transactional, null,
                fromSource, AllowCheck.allowances(id, element));
    }

    /** Reports every way the class cannot be a revision; returns whether it can. */
    boolean checkShape(Element element) {
        AnnotationMirror annotation = element instanceof TypeElement type ? revisionAnnotation(type) : null;
        return shape.check(element, annotation, ClassShape.REVISION);
    }

    AnnotationMirror revisionAnnotation(TypeElement element) {
        return annotation(element, REVISION);
    }

    /** The class's annotation of that type, or {@code null}. */
    static AnnotationMirror annotation(TypeElement element, String name) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement annotationType = (TypeElement) mirror.getAnnotationType().asElement();
            if (annotationType.getQualifiedName().contentEquals(name)) {
                return mirror;
            }
        }
        return null;
    }

    static boolean wellTyped(String member, Object value) {
        return switch (member) {
            case "id", "message" -> isString(value);
            case "transactional" -> value instanceof Boolean;
            default -> isString(value) || (value instanceof List<?> list
                    && list.stream().allMatch(item -> item instanceof AnnotationValue v && isString(v.getValue())));
        };
    }

    /** javac hands an unresolvable constant over as the string {@code <error>}. */
    static boolean isString(Object value) {
        return value instanceof String s && !s.equals("<error>");
    }

    static List<String> strings(Object value) {
        List<String> result = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                result.add((String) ((AnnotationValue) item).getValue());
            }
        } else if (value instanceof String single) {
            result.add(single);
        }
        return List.copyOf(result);
    }

}
