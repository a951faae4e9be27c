package dev.migrate.graph;

/** The part of a {@code @Revision} annotation that a {@link Problem} is about. */
public enum Attribute {
    /** The annotation as a whole. */
    NONE(""),
    /** {@code id}. */
    ID("id"),
    /** {@code revises}. */
    REVISES("revises"),
    /** {@code dependsOn}. */
    DEPENDS_ON("dependsOn"),
    /** {@code branchLabels}. */
    BRANCH_LABELS("branchLabels");

    private final String annotationMember;

    Attribute(String annotationMember) {
        this.annotationMember = annotationMember;
    }

    /**
     * Returns the name of the annotation member, or an empty string for {@link #NONE}.
     *
     * @return the member name
     */
    public String annotationMember() {
        return annotationMember;
    }
}
