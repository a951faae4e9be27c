package dev.migrate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a class as one revision of the database schema: a node in the revision graph.
 *
 * <p>The annotated class implements {@link Migration}. The {@code migrate-processor} annotation
 * processor reads every {@code @Revision} of a compilation, checks the graph they form and
 * generates an index that the runtime loads; nothing scans the class path.
 *
 * <pre>{@code
 * @Revision(id = "3f2a9c1d7b04", revises = "1c9e0b7a5d22", message = "add user preferences")
 * public final class AddUserPreferences implements Migration {
 *     @Override public void upgrade(Ops op)   { op.execute("CREATE TABLE user_preferences (user_id BIGINT)"); }
 *     @Override public void downgrade(Ops op) { op.execute("DROP TABLE user_preferences"); }
 * }
 * }</pre>
 *
 * <p>The graph has Alembic's semantics: a revision with no {@link #revises()} is a base; a
 * revision that several others revise is a branch point; a revision that revises several others
 * is a merge; {@link #dependsOn()} orders revisions across branches without making them parents.
 *
 * <p>Ids and branch labels are made of letters, digits and {@code _}, at most 64 characters, and
 * are none of the reserved words {@code head}, {@code heads}, {@code base} and {@code current}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {

    /**
     * This revision's unique id, such as {@code "3f2a9c1d7b04"}. Targets may name it by any unique
     * prefix.
     *
     * @return the id
     */
    String id();

    /**
     * The ids of the revisions this one directly follows: empty for a base, several for a merge.
     *
     * @return the parent ids
     */
    String[] revises() default {};

    /**
     * Revisions (ids or branch labels) that must be applied before this one, without being its
     * parents: a dependency across branches. A dependency never makes a revision a head.
     *
     * @return the ids or labels this revision depends on
     */
    String[] dependsOn() default {};

    /**
     * Names for the branch that starts or runs through this revision, usable in targets such as
     * {@code label@head}. A label applies to this revision and to the revisions above it.
     *
     * @return the branch labels
     */
    String[] branchLabels() default {};

    /**
     * A one-line description, shown by {@code history} and {@code show}.
     *
     * @return the message
     */
    String message() default "";

    /**
     * Whether the revision and its bookkeeping run in one transaction. Set it to {@code false}
     * for statements that cannot run in a transaction, such as PostgreSQL's {@code CREATE INDEX
     * CONCURRENTLY}.
     *
     * @return whether the revision runs in a transaction
     */
    boolean transactional() default true;
}
