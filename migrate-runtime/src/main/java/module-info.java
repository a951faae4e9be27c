/**
 * Alembic-style database migrations: the {@code @Revision} API that revisions are written against
 * ({@link dev.migrate}, {@link dev.migrate.schema}), the engine behind {@link dev.migrate.Migrator},
 * and the contract with the index that {@code migrate-processor} generates ({@link dev.migrate.spi}).
 *
 * <p>A modular application declares its generated index as a provider, since {@link
 * java.util.ServiceLoader} reads no {@code META-INF/services} file in a named module:
 *
 * <pre>{@code
 * module com.example.app {
 *     requires dev.migrate;
 *     provides dev.migrate.spi.RevisionIndex with com.example.db.MigrateIndex;
 * }
 * }</pre>
 */
// The processor depends on this module, so it is never there when this one compiles: "module not found".
@SuppressWarnings("module")
module dev.migrate {
    // DataSource and Connection appear in the API (Migrator.Builder.dataSource, Ops.connection).
    requires transitive java.sql;
    // Only Migrator.Builder.url pools connections; an application that passes its own DataSource needs no pool.
    requires static com.zaxxer.hikari;
    // The one JSON writer of the reports (dev.migrate.report, Status.toJson).
    requires com.fasterxml.jackson.jr.ob;
    // Lint reads plain SQL with JSqlParser when the front end (Maven plugin, command line) puts it there.
    requires static net.sf.jsqlparser;
    // Seeds read CSV files with it (CsvRows), when the application puts it there.
    requires static org.apache.commons.csv;

    exports dev.migrate;
    exports dev.migrate.schema;
    exports dev.migrate.spi;
    exports dev.migrate.report;
    exports dev.migrate.lint;
    exports dev.migrate.diff;

    // The graph rules and the script paths are shared with the annotation processor only; they are no API.
    // The processor's jar names its module in its manifest (Automatic-Module-Name).
    exports dev.migrate.graph to dev.migrate.processor;
    exports dev.migrate.internal.sql to dev.migrate.processor;

    uses dev.migrate.spi.RevisionIndex;
    // Migrator.Builder.url registers the JDBC drivers the application's modules provide.
    uses java.sql.Driver;
}
