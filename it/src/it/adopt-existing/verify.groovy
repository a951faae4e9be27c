// upgrade refuses a database that predates migrate, writing nothing; stamp adopts it; upgrade runs the rest.
def log = evaluate(new File(itSupport, 'buildlog.groovy'))

log.expect(1, 'migrate: upgrade to migrate.target=heads stopped: The schema PUBLIC holds 2 table(s) but no version'
        + ' table migrate_version: AUDIT_LOG, USERS. It predates migrate',
        'record the revision it matches without running anything: mvn migrate:stamp -Dmigrate.target=<id> (the id of'
        + ' that revision), then upgrade again. To run every revision on this schema anyway, set'
        + ' -Dmigrate.allowNonEmptySchema=true; or, if these tables are not migrate\'s, leave them out with'
        + ' -Dmigrate.ignoredTables=AUDIT_LOG,USERS', 'BUILD FAILURE')
log.absent(1, 'migrate: upgrade a1f0c3e5b7d9')

log.expect(2, 'The schema PUBLIC holds 1 table(s) but no version table migrate_version: USERS. It predates migrate',
        'BUILD FAILURE')

log.expect(3, 'migrate: stamped; current revision(s): b2e4d6f8a0c1', 'BUILD SUCCESS')

log.expect(4, 'migrate: upgrade c3a5e7b9d1f2 "index users.email" (', 'migrate: upgraded to heads: 1 revision(s) applied',
        '[x] <base> -> a1f0c3e5b7d9, create users', 'BUILD SUCCESS')
log.absent(4, 'migrate: upgrade a1f0c3e5b7d9', 'migrate: upgrade b2e4d6f8a0c1')

def jdbc = evaluate(new File(itSupport, 'jdbc.groovy'))
String url = 'jdbc:h2:file:' + new File(basedir, 'legacy/h2').absolutePath + ';IFEXISTS=TRUE'
jdbc("com/h2database/h2/${h2Version}/h2-${h2Version}.jar", 'org.h2.Driver', url, [user: 'sa', password: ''], { db ->
    assert db.rows('SELECT version_num FROM migrate_version') == ['c3a5e7b9d1f2']
    // The refused upgrades left no row: the history starts with the stamp.
    assert db.rows("SELECT CONCAT(revision, ' ', direction, ' ', status) FROM migrate_history ORDER BY id") ==
            ['b2e4d6f8a0c1 stamp applied', 'c3a5e7b9d1f2 upgrade applied']
    assert db.rows("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE INDEX_NAME = 'USERS_EMAIL'") == ['USERS_EMAIL']
})
true
