// Runs after the builds of invoker.properties: asserts on build.log.
String log = new File(basedir, 'build.log').getText('UTF-8')

void expect(String text, String part) {
    assert text.contains(part): "build.log lacks: " + part
}

// Build 1: the two errors, the allowed finding, the summary and the failure's advice.
expect(log, 'migrate: lint for postgresql')
expect(log, '[ERROR] error [index-not-concurrent] 3c3c3c3c3c3c (com.example.db.IndexOwners) createIndex("ix_accounts_owner"): builds an index on existing table accounts without CONCURRENTLY Safely: CREATE INDEX blocks writes')
expect(log, '[ERROR] error [delete-without-where] 3c3c3c3c3c3c (com.example.db.IndexOwners) DELETE FROM accounts: DELETE without WHERE empties table accounts Safely: ')
expect(log, '[INFO] allowed [drop-column] 2b2b2b2b2b2b (com.example.db.DropLegacy) dropColumn("accounts", "legacy"): drops column accounts.legacy Allowed: legacy unused since 1.3')
expect(log, 'migrate: Linted 3 revisions: 2 errors, 0 other, 1 allowed')
expect(log, 'migrate: lint found changes that are unsafe for running code or lock tables')
// Build 2: warnings.
expect(log, '[WARNING] warn [index-not-concurrent] 3c3c3c3c3c3c')
expect(log, 'migrate: Linted 3 revisions: 0 errors, 2 other, 1 allowed')
// Build 3: MySQL, one revision.
expect(log, 'migrate: lint for mysql')
expect(log, 'migrate: Linted 1 revision: 0 errors, 0 other, 1 allowed')
// Build 5: only the pending revision, on the URL's dialect (H2 takes no index lock rule).
expect(log, 'migrate: linting the 1 revision(s) the database has not applied')
expect(log, 'migrate: lint for h2')
expect(log, 'migrate: Linted 1 revision: 0 errors, 1 other, 0 allowed')
// No JPA entities: the rules of tables and columns they map do not apply, and lint says nothing of them.
assert !log.contains('JPA classes') && !log.contains('drops are checked'): 'entity lines without entities'
