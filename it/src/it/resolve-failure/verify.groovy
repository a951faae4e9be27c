// A failure outside a transaction blocks runs until migrate:resolve; then the fixed revision runs.
// migrate:history prints the revisions of migrate.range, as text and as JSON.
String log = new File(basedir, 'build.log').getText('UTF-8')

void expect(String log, String text) {
    assert log.contains(text): "build.log lacks: " + text
}

// Build 1: the failure says how to get going again.
expect(log, 'Revision b2e4d6f8a0c1 failed to upgrade')
// The Maven goal only: the plugin names its own commands.
expect(log, 'mark the failure resolved with mvn migrate:resolve -Dmigrate.revision=b2e4d6f8a0c1.')
assert !log.contains('Migrator.markResolved'): 'a Maven build is not told to call the Java API'
// Build 2: blocked.
expect(log, 'A previous run failed outside a transaction, so the database may hold a half-applied change:')
expect(log, 'Then mark the failure resolved with mvn migrate:resolve -Dmigrate.revision=b2e4d6f8a0c1')
// Build 3: the missing parameter is named.
expect(log, 'migrate: resolve needs the failed revision; set migrate.revision')
// Build 4.
expect(log, 'migrate: marked the failed upgrade of b2e4d6f8a0c1 (started ')
expect(log, 'migrate: history current: (newest first, [x] = applied, [!] = failed, [~] = running)')
expect(log, '[ ] b2e4d6f8a0c1 -> c3a5e7b9d1f2 (head), index users.name')
// Build 5: the fixed revision ran, then the last two revisions, then the gate passed.
expect(log, 'migrate: upgrade b2e4d6f8a0c1 "add audit" (')
// The JSON reports are plain lines of the standard output, read back.
def json = log.readLines().findAll { it.startsWith('{') }.collect { new groovy.json.JsonSlurper().parseText(it) }
def history = json.find { it.range == '-1:current' }
assert history.revisions*.id == ['c3a5e7b9d1f2', 'b2e4d6f8a0c1']
assert history.revisions*.message == ['index users.name', 'add audit']
assert history.revisions*.state == ['applied', 'applied']
assert history.revisions*.head == [true, false]
def check = json.find { it.containsKey('passed') }
assert check.schemaVersion == 1 && check.upToDate && check.passed && check.current == ['c3a5e7b9d1f2'] && check.failed == [] && check.ahead == []
// Build 6.
expect(log, "migrate: history of migrate.range=a1f0 stopped: History range 'a1f0' is not of the form start:end")

// The history table tells the story: failed, marked resolved, applied.
def withH2 = evaluate(new File(itSupport, 'h2.groovy'))
withH2 { rows ->
    assert rows("SELECT status FROM migrate_history WHERE revision = 'b2e4d6f8a0c1' ORDER BY id") ==
            ['failed', 'rolled_back', 'applied']
    assert rows('SELECT version_num FROM migrate_version') == ['c3a5e7b9d1f2']
}
true
