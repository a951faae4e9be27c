package dev.migrate.graph;

/**
 * One broken rule of the revision graph, located on a revision and, where there is one, on the
 * exact annotation value at fault.
 *
 * @param message which rule is broken
 * @param revisionId the id of the revision the problem is reported on
 * @param source the class that declares that revision
 * @param attribute the annotation member at fault, or {@link Attribute#NONE}
 * @param value the value at fault within that member, or {@code null}
 * @param text the full message, saying what to change
 */
public record Problem(
        Message message, String revisionId, String source, Attribute attribute, String value, String text) {

    static Problem on(RevisionNode node, Attribute attribute, String value, Message message, Object... args) {
        return new Problem(message, node.id(), node.source(), attribute, value, message.format(args));
    }

    @Override
    public String toString() {
        return text;
    }
}
