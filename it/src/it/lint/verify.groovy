// Runs after the builds of invoker.properties: asserts on build.log.
String log = new File(basedir, 'build.log').getText('UTF-8')

void expect(String text, String part) {
    assert text.contains(part): "build.log lacks: " + part
}

// Build 1: the two errors, the allowed finding, the summary and the failure's advice.
expect(log, 'migrate: lint for postgresql')
expect(log, '[ERROR] error [index-not-concurrent] 3c3c3c3c3c3c (com.example.db.IndexOwners, line 12) createIndex("ix_accounts_owner"): builds an index on existing table accounts without CONCURRENTLY Safely: CREATE INDEX blocks writes')
expect(log, '[ERROR] error [delete-without-where] 3c3c3c3c3c3c (com.example.db.IndexOwners, line 13) DELETE FROM accounts: DELETE without WHERE empties table accounts Safely: ')
expect(log, '[INFO] allowed [drop-column] 2b2b2b2b2b2b (com.example.db.DropLegacy, line 15) dropColumn("accounts", "legacy"): drops column accounts.legacy Allowed: legacy unused since 1.3')
expect(log, 'migrate: Linted 3 revisions: 2 errors, 0 other, 1 allowed')
expect(log, 'migrate: lint found changes that are unsafe for running code or lock tables')
// Build 2: warnings.
expect(log, '[WARNING] warn [index-not-concurrent] 3c3c3c3c3c3c')
expect(log, 'migrate: Linted 3 revisions: 0 errors, 2 other, 1 allowed')
// Build 3: MySQL, one revision.
expect(log, 'migrate: lint for mysql')
expect(log, 'migrate: Linted 1 revision: 0 errors, 0 other, 1 allowed')
// Build 5: only the pending revision, on the URL's dialect (H2 takes no index lock rule).
expect(log, 'migrate: linted the 1 revision(s) the database has not applied')
expect(log, 'migrate: lint for h2')
expect(log, 'migrate: Linted 1 revision: 0 errors, 1 other, 0 allowed')
// Build 6: lintRules made both errors warnings; the JSON names each finding's line, rule, level and advice.
Map json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/lint.json'))
assert json.schemaVersion == 1 && json.fails == false && json.errors == 0 && json.other == 2 && json.allowed == 1: json
Map index = json.findings.find { it.rule == 'index-not-concurrent' }
assert index.revision == '3c3c3c3c3c3c' && index.className == 'com.example.db.IndexOwners' && index.line == 12: index
assert index.severity == 'warn' && index.level == 'warn' && index.advice.startsWith('CREATE INDEX blocks writes'): index
Map dropped = json.findings.find { it.rule == 'drop-column' }
assert dropped.line == 15 && dropped.level == 'allowed' && dropped.allowedReason == 'legacy unused since 1.3': dropped
expect(log, 'migrate: wrote the report to ')
// Build 7: the unknown rule, named with the parameter.
expect(log, 'migrate.lintRules names an unknown lint rule in "drop-colum=warn"; the rules are drop-table, drop-column,')
// Build 8: the @Allow's reason in history, on the revision's line.
assert log.readLines().any { it.contains('-> 2b2b2b2b2b2b') && it.endsWith('(allowed drop-column: legacy unused since 1.3)') }:
        'history lacks the allowed finding of 2b2b2b2b2b2b'
// No JPA entities: the rules of tables and columns they map do not apply, and lint says nothing of them.
assert !log.contains('JPA classes') && !log.contains('drops are checked'): 'entity lines without entities'
