// Starts the Boot 3.5 application's executable jar as a process on a free port, three times on H2, and asserts on its HTTP
// answers, its log and the database it leaves in target/migrate: the same starter artifact as on Boot 4 migrates at
// start-up (before the application's JdbcTemplate bean reads the table), health has migrate UP, /actuator/migrate
// lists the revision; a second start applies nothing and its write operations downgrade, after which the health is
// OUT_OF_SERVICE; a third start without the migrate health migrates again.
def app = evaluate(new File(itSupport, 'springapp.groovy'))
def withH2 = evaluate(new File(itSupport, 'h2.groovy'))
String revision = 'c0ffee350001'

/** Health has migrate UP and /actuator/migrate lists the revision applied. */
def assertMigrated = { int port ->
    def (healthStatus, health) = app.http(port, 'GET', '/actuator/health')
    assert healthStatus == 200 && health.status == 'UP': health
    assert health.components.migrate.status == 'UP': health.components.migrate
    assert health.components.migrate.details.revisions == [(revision): 'applied']
    assert health.components.migrate.details.heads == [revision]

    def (migrateStatus, migrate) = app.http(port, 'GET', '/actuator/migrate')
    assert migrateStatus == 200: migrate
    def bean = migrate.contexts.tasks.migrateBeans.migrator
    assert bean.heads == [revision] && bean.current == [revision] && bean.ahead == []
    assert bean.revisions*.id == [revision] && bean.revisions*.state == ['applied']
    assert bean.revisions[0].message == 'create tasks' && bean.revisions[0].installedBy == 'SA'
    assert bean.revisions[0].checksum ==~ /[0-9a-f]{64}/ && bean.revisions[0].installedOn
}

def first = app.start('first', [])
try {
    assertMigrated(app.portOf(first))
} finally {
    app.stop(first)
}
String firstLog = first.log.text
assert firstLog.contains('Spring Boot') && firstLog.contains('v3.5.7'): 'not a Boot 3.5.7 start:\n' + firstLog
assert firstLog.contains("upgraded to heads: 1 revision(s) applied, ${revision}"): firstLog

withH2 { rows ->
    assert rows("SELECT LOWER(TABLE_NAME) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY 1")
            .containsAll(['migrate_history', 'migrate_version', 'tasks'])
    assert rows('SELECT version_num FROM migrate_version') == [revision]
    assert rows('SELECT COUNT(*) FROM migrate_history') == ['1']
}

// The write operations: a dry-run without a target (optional, as Boot 3.5 reads Spring's @Nullable), a downgrade,
// after which the health is OUT_OF_SERVICE with the pending revision.
def second = app.start('second', ['--migrate.endpoint.write-operations=true'])
try {
    int port = app.portOf(second)
    def (dryStatus, dry) = app.http(port, 'POST', '/actuator/migrate/dry-run', '{}')
    assert dryStatus == 200 && dry.target == 'heads': dry
    def (downStatus, down) = app.http(port, 'POST', '/actuator/migrate/downgrade', '{"target": "-1"}')
    assert downStatus == 200 && down.revisions == [revision]: down
    def (behindStatus, behind) = app.http(port, 'GET', '/actuator/health')
    assert behindStatus == 503 && behind.components.migrate.status == 'OUT_OF_SERVICE': behind
    assert behind.components.migrate.details.revisions == [(revision): 'pending']
    assert behind.components.migrate.details.problems.toString().contains("1 pending revision(s) (${revision})")
} finally {
    app.stop(second)
}
assert !second.log.text.contains('revision(s) applied'): 'the second start applied revisions'

// management.health.migrate.enabled=false leaves the indicator out; the start migrates again.
def third = app.start('third', ['--management.health.migrate.enabled=false'])
try {
    int port = app.portOf(third)
    def (healthStatus, health) = app.http(port, 'GET', '/actuator/health')
    assert healthStatus == 200 && health.components.db && !health.components.migrate: health
} finally {
    app.stop(third)
}
assert third.log.text.contains("upgraded to heads: 1 revision(s) applied, ${revision}"): third.log.text
withH2 { rows ->
    assert rows('SELECT version_num FROM migrate_version') == [revision]
    assert rows('SELECT COUNT(*) FROM migrate_history') == ['3']
}
true
