package dev.migrate.processor;

import dev.migrate.graph.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;

/**
 * Turns a class carrying {@code @Revision} into a {@link RevisionModel}, reporting on the class
 * each way its shape keeps the generated index from creating it.
 */
final class RevisionReader {

    static final String REVISION = "dev.migrate.Revision";
    static final String MIGRATION = "dev.migrate.Migration";

    private final Elements elements;
    private final Types types;
    private final Messager messager;

    RevisionReader(Elements elements, Types types, Messager messager) {
        this.elements = elements;
        this.types = types;
        this.messager = messager;
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
        if (element.getKind() != ElementKind.CLASS) {
            error(Message.NOT_A_CLASS.format(element, kindWithArticle(element.getKind())), element, annotation);
            return false;
        }
        TypeElement type = (TypeElement) element;
        String name = type.getQualifiedName().toString();
        boolean ok = true;
        if (type.getModifiers().contains(Modifier.ABSTRACT)) {
            error(Message.ABSTRACT_CLASS.format(name), type, annotation);
            ok = false;
        }
        TypeElement migration = elements.getTypeElement(MIGRATION);
        if (migration != null && !types.isAssignable(type.asType(), types.erasure(migration.asType()))) {
            error(Message.NOT_A_MIGRATION.format(name), type, annotation);
            ok = false;
        }
        if (type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC)) {
            error(Message.INNER_CLASS.format(name), type, annotation);
            ok = false;
        } else if (!isPublicAllTheWayOut(type)) {
            error(Message.NOT_PUBLIC.format(name), type, annotation);
            ok = false;
        }
        // A class that is not public has a non-public implicit constructor too: one error is enough.
        if (ok && !hasPublicNoArgConstructor(type)) {
            error(Message.NO_PUBLIC_CONSTRUCTOR.format(name), type, annotation);
            ok = false;
        }
        return ok;
    }

    private static String kindWithArticle(ElementKind kind) {
        return switch (kind) {
            case INTERFACE -> "an interface";
            case ENUM -> "an enum";
            case ANNOTATION_TYPE -> "an annotation type";
            case RECORD -> "a record";
            default -> "a " + kind.toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        };
    }

    AnnotationMirror revisionAnnotation(TypeElement element) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement annotationType = (TypeElement) mirror.getAnnotationType().asElement();
            if (annotationType.getQualifiedName().contentEquals(REVISION)) {
                return mirror;
            }
        }
        return null;
    }

    private static boolean isPublicAllTheWayOut(TypeElement type) {
        for (Element at = type; at instanceof TypeElement; at = at.getEnclosingElement()) {
            if (!at.getModifiers().contains(Modifier.PUBLIC)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasPublicNoArgConstructor(TypeElement type) {
        for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
            if (constructor.getParameters().isEmpty() && constructor.getModifiers().contains(Modifier.PUBLIC)) {
                return true;
            }
        }
        return false;
    }

    private void error(String message, Element element, AnnotationMirror annotation) {
        messager.printMessage(Diagnostic.Kind.ERROR, message, element, annotation);
    }

    private static boolean wellTyped(String member, Object value) {
        return switch (member) {
            case "id", "message" -> isString(value);
            case "transactional" -> value instanceof Boolean;
            default -> isString(value) || (value instanceof List<?> list
                    && list.stream().allMatch(item -> item instanceof AnnotationValue v && isString(v.getValue())));
        };
    }

    /** javac hands an unresolvable constant over as the string {@code <error>}. */
    private static boolean isString(Object value) {
        return value instanceof String s && !s.equals("<error>");
    }

    private static List<String> strings(Object value) {
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
