package dev.migrate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Accepts one lint finding on purpose for a revision: {@code migrate:lint} shows the finding as
 * allowed, with the reason, instead of failing. The reason is required; migrate-processor
 * rejects a blank one, or a rule id no rule has, at compile time, and records the rule and the
 * reason in the revision index, so that {@code history} and the release bundle's manifest show
 * them too.
 *
 * <pre>{@code
 * @Revision(id = "7d1e4b2a9c30", revises = "3f2a9c1d7b04", message = "drop users.nickname")
 * @Allow(value = "drop-column", reason = "nickname unused since 1.3")
 * public final class DropNickname implements Migration { ... }
 * }</pre>
 *
 * @see dev.migrate.lint.Rule
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(Allow.List.class)
public @interface Allow {

    /**
     * The rule's id, such as {@code "drop-column"}: see {@link dev.migrate.lint.Rule#id()}.
     *
     * @return the rule id
     */
    String value();

    /**
     * Why the finding is accepted, such as {@code "column unused since 1.3"}. Required.
     *
     * @return the reason
     */
    String reason();

    /** Several {@code @Allow} on one revision. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {
        /**
         * The allowances.
         *
         * @return them
         */
        Allow[] value();
    }
}
