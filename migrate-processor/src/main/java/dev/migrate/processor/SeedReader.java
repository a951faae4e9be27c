package dev.migrate.processor;

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
 * Turns a class carrying {@code @Seed} into a {@link SeedModel}, reporting on the class each way
 * its shape keeps the generated index from creating it.
 */
final class SeedReader {

    static final String SEED = "dev.migrate.Seed";
    static final String SEED_DATA = "dev.migrate.SeedData";

    private final Elements elements;
    private final ClassShape shape;

    SeedReader(Elements elements, Types types, Messager messager) {
        this.elements = elements;
        this.shape = new ClassShape(elements, types, messager);
    }

    /** The annotation's values as a model (checksum not yet set), or {@code null} when a value is erroneous. */
    SeedModel read(TypeElement element, boolean fromSource) {
        AnnotationMirror annotation = seedAnnotation(element);
        Map<? extends ExecutableElement, ? extends AnnotationValue> values =
                elements.getElementValuesWithDefaults(annotation);
        String id = "";
        List<String> environments = List.of();
        String after = "";
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : values.entrySet()) {
            String member = entry.getKey().getSimpleName().toString();
            Object value = entry.getValue().getValue();
            if (!RevisionReader.wellTyped(member, value)) {
                return null;
            }
            switch (member) {
                case "id" -> id = (String) value;
                case "environments" -> environments = RevisionReader.strings(value);
                case "after" -> after = (String) value;
                default -> { }
            }
        }
        return new SeedModel(element, annotation, id, environments, after, null, fromSource);
    }

    /** Reports every way the class cannot be a seed; returns whether it can. */
    boolean checkShape(Element element) {
        AnnotationMirror annotation = element instanceof TypeElement type ? seedAnnotation(type) : null;
        return shape.check(element, annotation, ClassShape.SEED);
    }

    AnnotationMirror seedAnnotation(TypeElement element) {
        return RevisionReader.annotation(element, SEED);
    }
}
