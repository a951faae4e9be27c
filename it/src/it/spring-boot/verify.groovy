// Starts the executable jar as a process on a free port (four times on H2, twice on PostgreSQL), and asserts on its HTTP answers,
// its log and the H2 database it leaves in target/migrate:
//   1. a first start migrates; health has migrate UP; /actuator/migrate lists the revisions; no write operations;
//   2. a second start (write operations on) applies nothing; dry-run writes SQL; a downgrade reverts one revision;
//   3. a start with a check-only MigrateStrategy refuses the database that is one revision behind;
//   4. with Spring Security guarding actuator's POST operations, a write operation without credentials gets 401;
//   5. on PostgreSQL, when it listens (under CI=true it must), the same jar twice with --spring.datasource.url, in a
//      schema of this run's own that the script creates and drops: the first start migrates, the second applies nothing.
// start, portOf, stop and http, shared with the other Spring Boot projects.
def app = evaluate(new File(itSupport, 'springapp.groovy'))
def start = app.start
def portOf = app.portOf
def stop = app.stop
def http = app.http

List<String> revisions = ['b2e4d6f8a0c1', 'a1f0c3e5b7d9']

/** Health has migrate UP and /actuator/migrate lists both revisions applied, installed by {@code user}. */
def assertMigrated = { int port, String user ->
    def (healthStatus, health) = http(port, 'GET', '/actuator/health')
    assert healthStatus == 200 && health.status == 'UP': health
    assert health.components.migrate.status == 'UP': health.components.migrate
    assert health.components.migrate.details.revisions == ['b2e4d6f8a0c1': 'applied', 'a1f0c3e5b7d9': 'applied']

    def (migrateStatus, migrate) = http(port, 'GET', '/actuator/migrate')
    assert migrateStatus == 200
    def bean = migrate.contexts.notes.migrateBeans.migrator
    assert bean.heads == ['b2e4d6f8a0c1'] && bean.current == ['b2e4d6f8a0c1'] && bean.ahead == []
    assert bean.revisions*.id == revisions
    assert bean.revisions*.state == ['applied', 'applied']
    assert bean.revisions[0].parents == ['a1f0c3e5b7d9'] && bean.revisions[0].message == 'index notes.body'
    assert bean.revisions[0].checksum ==~ /[0-9a-f]{64}/ && bean.revisions[0].installedOn
    assert bean.revisions*.installedBy == [user, user]
}
String migratedLine = 'upgraded to heads: 2 revision(s) applied, a1f0c3e5b7d9 to b2e4d6f8a0c1'

// 1. The first start migrates before the application's JdbcTemplate bean reads the notes table.
def first = start('first', [])
try {
    int port = portOf(first)
    assertMigrated(port, 'SA')

    // Write operations are absent by default.
    def (writeStatus, ignored) = http(port, 'POST', '/actuator/migrate/upgrade', '{"target": "heads"}')
    assert writeStatus in [404, 405]: 'a write operation answered ' + writeStatus
} finally {
    stop(first)
}
String firstLog = first.log.text
assert firstLog.contains(migratedLine)

def withH2 = evaluate(new File(itSupport, 'h2.groovy'))
withH2 { rows ->
    assert rows("SELECT LOWER(TABLE_NAME) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY 1")
            .containsAll(['migrate_history', 'migrate_version', 'notes'])
    assert rows('SELECT version_num FROM migrate_version') == ['b2e4d6f8a0c1']
    assert rows('SELECT COUNT(*) FROM migrate_history') == ['2']
}

// 2. A second start applies nothing; with write operations on, dry-run and downgrade answer.
def second = start('second', ['--migrate.endpoint.write-operations=true'])
try {
    int port = portOf(second)
    def (dryStatus, dry) = http(port, 'POST', '/actuator/migrate/dry-run', '{"target": "base", "direction": "downgrade"}')
    assert dryStatus == 200 && dry.sql.contains('DROP TABLE notes'): dry
    def (downStatus, down) = http(port, 'POST', '/actuator/migrate/downgrade', '{"target": "-1"}')
    assert downStatus == 200 && down.revisions == ['b2e4d6f8a0c1']: down
    def (badStatus, bad) = http(port, 'POST', '/actuator/migrate/upgrade', '{"target": "nosuchrevision"}')
    assert badStatus == 409 && bad.error.contains('nosuchrevision'): bad
    def (behindStatus, behind) = http(port, 'GET', '/actuator/health')
    assert behindStatus == 503 && behind.components.migrate.status == 'OUT_OF_SERVICE': behind
} finally {
    stop(second)
}
assert !second.log.text.contains('revision(s) applied'): 'the second start applied revisions'

// 3. A check-only strategy refuses to start one revision behind, and changes nothing.
def third = start('third', ['--spring.profiles.active=check-only'])
assert third.process.waitFor(300, java.util.concurrent.TimeUnit.SECONDS): 'the check-only start did not end'
assert third.process.exitValue() != 0
assert third.log.text.contains('1 pending revision(s) (b2e4d6f8a0c1)'): third.log.text

withH2 { rows ->
    assert rows('SELECT version_num FROM migrate_version') == ['a1f0c3e5b7d9']
    assert rows('SELECT COUNT(*) FROM migrate_history') == ['3']
}

// 4. Secured: the start migrates again (to the heads); a write operation needs the user of application-secured.properties.
def fourth = start('fourth', ['--spring.profiles.active=secured', '--migrate.endpoint.write-operations=true'])
try {
    int port = portOf(fourth)
    def (anonymousStatus, ignored) = http(port, 'POST', '/actuator/migrate/dry-run', '{"target": "heads"}')
    assert anonymousStatus == 401
    def (userStatus, dry) = http(port, 'POST', '/actuator/migrate/dry-run', '{"target": "heads"}', 'ops:ops-only-in-this-test')
    assert userStatus == 200 && dry.target == 'heads': dry
    def (readStatus, read) = http(port, 'GET', '/actuator/migrate')
    assert readStatus == 200 && read.contexts.notes.migrateBeans.migrator.current == ['b2e4d6f8a0c1']
} finally {
    stop(fourth)
}

// 5. PostgreSQL: the schema exists only while this step runs; the application's tables go to it through currentSchema.
if (evaluate(new File(itSupport, 'servers.groovy'))(PostgreSQL: 5432)) {
    def pg = evaluate(new File(itSupport, 'postgres.groovy'))
    String pgSchema = pg.schema
    List<String> onPostgres = ["--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=${pgSchema}",
            '--spring.datasource.username=postgres']*.toString()
    pg.open { db ->
        db.execute('CREATE SCHEMA ' + pgSchema)
        try {
            def pgFirst = start('postgres-first', onPostgres)
            try {
                assertMigrated(portOf(pgFirst), 'postgres')
            } finally {
                stop(pgFirst)
            }
            assert pgFirst.log.text.contains(migratedLine): pgFirst.log.text
            assert db.rows("SELECT table_name FROM information_schema.tables WHERE table_schema = '${pgSchema}' ORDER BY 1")
                    == ['migrate_history', 'migrate_version', 'notes']
            assert db.rows("SELECT indexname FROM pg_indexes WHERE schemaname = '${pgSchema}' AND indexname = 'notes_body'")
                    == ['notes_body']

            def pgSecond = start('postgres-second', onPostgres)
            try {
                assertMigrated(portOf(pgSecond), 'postgres')
            } finally {
                stop(pgSecond)
            }
            assert !pgSecond.log.text.contains('revision(s) applied'): 'the second start on PostgreSQL applied revisions'
            assert db.rows("SELECT version_num FROM ${pgSchema}.migrate_version") == ['b2e4d6f8a0c1']
            assert db.rows("SELECT COUNT(*) FROM ${pgSchema}.migrate_history") == ['2']
        } finally {
            db.execute('DROP SCHEMA IF EXISTS ' + pgSchema + ' CASCADE')
        }
    }
}
true
