// Asserts on the dependency tree, the application's output and the schema, then drops the schema.
String log = new File(basedir, 'build.log').getText('UTF-8')
String tree = new File(basedir, 'target/dependency-tree.txt').getText('UTF-8')

def pg = evaluate(new File(itSupport, 'postgres.groovy'))
String pgSchema = pg.schema
pg.open { db ->
    try {
        assert tree.contains('dev.migrate:migrate-runtime:jar:')
        assert tree.contains('org.postgresql:postgresql:jar:')
        assert !tree.contains('com.h2database'): 'H2 is on the application class path:\n' + tree
        assert !tree.contains('HikariCP'): 'HikariCP is on the application class path:\n' + tree
        assert log.contains('app: applied [7d3e9a1b5c20, 8e4f0b2c6d31] to app_version')
        assert log.contains('app: h2 absent, HikariCP absent')

        assert db.rows("SELECT version_num FROM ${pgSchema}.app_version") == ['8e4f0b2c6d31']
        assert db.rows("SELECT column_name FROM information_schema.columns WHERE table_schema = '${pgSchema}'"
                + " AND table_name = 'accounts' ORDER BY ordinal_position") == ['id', 'owner', 'balance']
    } finally {
        db.execute('DROP SCHEMA IF EXISTS ' + pgSchema + ' CASCADE')
    }
}
true
