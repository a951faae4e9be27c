package dev.migrate.processor;

import dev.migrate.graph.Message;
import java.util.Locale;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
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
 * Whether the generated index can create an annotated class: a concrete, public (all the way out),
 * static class with a public no-argument constructor that implements the right interface. Each way
 * it cannot is an error on the annotation.
 */
final class ClassShape {

    /**
     * How the errors of one annotation are worded.
     *
     * @param notAClass on an interface, enum, record or annotation type
     * @param abstractClass on an abstract class
     * @param notImplementing on a class that does not implement {@code type}
     * @param type the interface the class implements
     */
    record Wording(Message notAClass, Message abstractClass, Message notImplementing, String type) {}

    static final Wording REVISION = new Wording(Message.NOT_A_CLASS, Message.ABSTRACT_CLASS, Message.NOT_A_MIGRATION,
            RevisionReader.MIGRATION);
    static final Wording SEED = new Wording(Message.SEED_NOT_A_CLASS, Message.SEED_ABSTRACT_CLASS,
            Message.NOT_SEED_DATA, SeedReader.SEED_DATA);

    private final Elements elements;
    private final Types types;
    private final Messager messager;

    ClassShape(Elements elements, Types types, Messager messager) {
        this.elements = elements;
        this.types = types;
        this.messager = messager;
    }

    /** Reports every way the class cannot be created by the index; returns whether it can. */
    boolean check(Element element, AnnotationMirror annotation, Wording wording) {
        if (element.getKind() != ElementKind.CLASS) {
            error(wording.notAClass().format(element, kindWithArticle(element.getKind())), element, annotation);
            return false;
        }
        TypeElement type = (TypeElement) element;
        String name = type.getQualifiedName().toString();
        boolean ok = true;
        if (type.getModifiers().contains(Modifier.ABSTRACT)) {
            error(wording.abstractClass().format(name), type, annotation);
            ok = false;
        }
        TypeElement implemented = elements.getTypeElement(wording.type());
        if (implemented != null && !types.isAssignable(type.asType(), types.erasure(implemented.asType()))) {
            error(wording.notImplementing().format(name), type, annotation);
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
            default -> "a " + kind.toString().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
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
}
