module com.example.app {
    requires dev.migrate;
    requires com.h2database;

    // ServiceLoader reads no META-INF/services file in a named module: the generated index is declared here.
    provides dev.migrate.spi.RevisionIndex with com.example.db.MigrateIndex;

    // A revision's SQL script is a resource of this module, which the runtime reads only in a package open to it.
    opens com.example.db to dev.migrate;
}
