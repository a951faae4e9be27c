package dev.migrate.maven;

import dev.migrate.Migrator;
import dev.migrate.diff.SchemaAtHeads;
import dev.migrate.diff.SchemaChange;
import dev.migrate.diff.SchemaDiff;
import dev.migrate.diff.SchemaModel;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * What {@code migrate:revision -Dmigrate.autogenerate} and {@code migrate:check -Dmigrate.models}
 * share: the entities' schema against the database's at the heads, without the bookkeeping and
 * ignored tables.
 *
 * @param actual the schema at the heads, and which one was read
 * @param changes what turns it into the entities' schema; empty when they match
 */
record ModelDrift(SchemaAtHeads actual, List<SchemaChange> changes) {

    /** What the generated revisions and the drift report say is not compared, in two lines of a comment. */
    static final String NOT_COMPARED_FIRST = "defaults, identity, sequences beyond the entities', check constraints of"
            + " existing tables,";

    /** The second line of {@link #NOT_COMPARED_FIRST}. */
    static final String NOT_COMPARED_REST = "referential actions, enum types, comments, views, binary lengths and"
            + " fractional-second precision";

    /** What is not compared, in one line. */
    static final String NOT_COMPARED = NOT_COMPARED_FIRST + " " + NOT_COMPARED_REST;

    /**
     * Compares.
     *
     * @param entities the project's entities
     * @param migrator the migrator over the compiled revisions and the database
     * @param dataSource the database
     * @param ignored tables to leave out
     * @param logger where a scratch schema's upgrade logs
     * @param log where to say what was read
     * @return the comparison, or empty when the project has no entities
     * @throws MojoFailureException when an entity cannot be mapped or the schema at heads cannot be read
     * @throws MojoExecutionException when the class directory cannot be read
     */
    static Optional<ModelDrift> compare(EntityModel entities, Migrator migrator, DataSource dataSource,
            List<String> ignored, System.Logger logger, Consumer<String> log)
            throws MojoFailureException, MojoExecutionException {
        Optional<SchemaModel> expected = entities.readForGoal(EntityModel.productOf(dataSource), log,
                HibernateModel::model);
        if (expected.isEmpty()) {
            return Optional.empty();
        }
        SchemaAtHeads actual = SchemaAtHeads.read(migrator, dataSource, Thread.currentThread().getContextClassLoader(),
                logger);
        log.accept("migrate: compared the entities with " + actual.source() + (ignored.isEmpty() ? ""
                : ", leaving out " + String.join(", ", ignored)));
        List<SchemaChange> changes = SchemaDiff.between(actual.model().without(ignored),
                expected.get().without(ignored).without(migrator.bookkeepingTables()), actual.database());
        return Optional.of(new ModelDrift(actual, changes));
    }
}
