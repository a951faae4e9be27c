package dev.migrate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a class as seed data: rows for an environment, loaded once the revision it needs is
 * applied.
 *
 * <p>The annotated class implements {@link SeedData}. {@code migrate-processor} checks it at
 * compile time (its id is unique, {@link #after()} names a revision of the compilation, the
 * class can be created) and lists it in the generated index, with a checksum of its source and
 * of the files it reads through {@link CsvRows}, as it does for revisions.
 *
 * <pre>{@code
 * @Seed(id = "demo_users", environments = {"dev", "staging"}, after = "1c9e0b7a5d22")
 * public final class DemoUsers implements SeedData { ... }
 * }</pre>
 *
 * <p>Ids are made of letters, digits and {@code _}, at most 64 characters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Seed {

    /**
     * This seed's unique id, such as {@code "demo_users"}; the history table records it.
     *
     * @return the id
     */
    String id();

    /**
     * The environments the seed is loaded in, compared ignoring case with the configured {@link
     * Migrator.Builder#environment environment}; empty (the default) for every environment.
     *
     * @return the environments, such as {@code {"dev", "staging"}}
     */
    String[] environments() default {};

    /**
     * The revision (an id, or a branch label for the revision that declares it) that must be
     * applied before the seed loads: the one that creates the tables it fills. Seeds are loaded
     * in the order of these revisions in the graph, then by id.
     *
     * @return the revision id or branch label
     */
    String after();
}
