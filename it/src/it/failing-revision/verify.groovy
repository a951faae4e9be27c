// The failure names the revision and the statement the database rejected, and the revision left nothing
// behind but its failed history row; the password never reached the log. Then drops the schema.
def log = evaluate(new File(itSupport, 'buildlog.groovy'))
def pg = evaluate(new File(itSupport, 'postgres.groovy'))
String nl = System.lineSeparator()

try {
    log.expect(1, 'migrate: upgrade a1f0c3e5b7d9 "create customers" (', 'migrate: upgrade b2e4d6f8a0c1 "create orders" failed',
            'Revision b2e4d6f8a0c1 failed to upgrade: the database rejected the statement' + nl
            + '  ALTER TABLE customerz ADD COLUMN order_count INT' + nl
            + 'with: ERROR: relation "customerz" does not exist',
            'Its changes were rolled back; the database and the version table are as before.', 'BUILD FAILURE')
    log.expect(2, 'migrate: current a1f0c3e5b7d9', 'BUILD SUCCESS')
    log.absent(0, 'n0t-in-the-log')
    log.expectNoPoolLines()

    pg.open { db ->
        assert db.rows("SELECT version_num FROM ${pg.schema}.migrate_version") == ['a1f0c3e5b7d9']
        assert db.rows("SELECT table_name FROM information_schema.tables WHERE table_schema = '${pg.schema}' ORDER BY table_name") ==
                ['customers', 'migrate_history', 'migrate_version']
        assert db.rows("SELECT CONCAT(revision, ' ', direction, ' ', status) FROM ${pg.schema}.migrate_history ORDER BY id") ==
                ['a1f0c3e5b7d9 upgrade applied', 'b2e4d6f8a0c1 upgrade failed']
        String error = db.rows("SELECT error FROM ${pg.schema}.migrate_history WHERE status = 'failed'")[0]
        assert error.contains('ALTER TABLE customerz ADD COLUMN order_count INT'): error
    }
} finally {
    pg.open { db -> db.execute("DROP SCHEMA IF EXISTS ${pg.schema} CASCADE") }
}
true
