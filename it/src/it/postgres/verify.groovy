// Asserts on the log and on the schema, then drops the schema.
String log = new File(basedir, 'build.log').getText('UTF-8')

def pg = evaluate(new File(itSupport, 'postgres.groovy'))
String pgSchema = pg.schema
pg.open { db ->
    try {
        assert log.contains('migrate: database jdbc:postgresql://127.0.0.1:5432/test?currentSchema=' + pgSchema)
        assert log.contains('migrate: upgrade a1f0c3e5b7d9 "create users" (')
        assert log.contains('migrate: upgrade c3a5e7b9d1f2 "index users.email" (')
        assert log.contains('migrate: upgraded to heads: 3 revision(s) applied in a single transaction')
        assert log.contains('migrate: status up to date')
        assert log.contains('migrate: tables ' + pgSchema + '.migrate_version, ' + pgSchema + '.migrate_history, user postgres')
        assert !log.contains('n0t-in-the-log'): 'the password reached the build log'
        assert log.contains('migrate: downgrade c3a5e7b9d1f2 "index users.email" (')
        assert log.contains('[ ] b2e4d6f8a0c1 -> c3a5e7b9d1f2 (head), index users.email')
        assert log.contains('[x] a1f0c3e5b7d9 -> b2e4d6f8a0c1, add users.email')

        assert db.rows("SELECT version_num FROM ${pgSchema}.migrate_version") == ['b2e4d6f8a0c1']
        assert db.rows("SELECT column_name FROM information_schema.columns WHERE table_schema = '${pgSchema}'"
                + " AND table_name = 'users' ORDER BY ordinal_position") == ['id', 'name', 'email']
        assert db.rows("SELECT indexname FROM pg_indexes WHERE schemaname = '${pgSchema}' AND indexname = 'users_email'") == []
    } finally {
        db.execute('DROP SCHEMA IF EXISTS ' + pgSchema + ' CASCADE')
    }
}
true
