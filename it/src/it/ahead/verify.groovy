// An older build against a database a newer build upgraded: upgrade changes nothing, check passes (unless
// migrate.failOnAhead), downgrade is refused.
def log = evaluate(new File(itSupport, 'buildlog.groovy'))

log.expect(1, 'migrate: upgrade a1b2c3d4e5f6 "create orders" (', 'migrate: upgrade b2c3d4e5f6a7 "add orders.note" (',
        'BUILD SUCCESS')

log.expect(2, '[WARNING] migrate: The database is ahead of this build: it has revisions this build does not have'
        + ' (b2c3d4e5f6a7), applied on top of this build\'s heads (a1b2c3d4e5f6) by a newer build. Nothing was changed',
        'migrate: status up to date (the database is ahead of this build)',
        '  ahead (applied, not in this build): b2c3d4e5f6a7',
        'migrate: check passes: the database is ahead of this build: a newer build applied revisions this build does'
        + ' not have (b2c3d4e5f6a7) on top of its heads', 'BUILD SUCCESS')
log.absent(2, 'migrate: upgrade a1b2c3d4e5f6')

log.expect(3, 'and migrate.failOnAhead is set: deploy the newer build', 'BUILD FAILURE')

log.expect(4, 'Cannot downgrade: the database is ahead of this build', 'run the command with the newer build',
        'BUILD FAILURE')
log.absent(4, 'migrate: downgrade b2c3d4e5f6a7')

def withH2 = evaluate(new File(itSupport, 'h2.groovy'))
withH2 { rows ->
    assert rows('SELECT version_num FROM migrate_version') == ['b2c3d4e5f6a7']
    assert rows("SELECT CONCAT(revision, ' ', direction, ' ', lineage) FROM migrate_history ORDER BY id") ==
            ['a1b2c3d4e5f6 upgrade ', 'b2c3d4e5f6a7 upgrade a1b2c3d4e5f6']
}
true
