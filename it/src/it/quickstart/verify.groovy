// Runs after the three builds of invoker.properties: asserts on their log and on the H2 database.
String log = new File(basedir, 'build.log').getText('UTF-8')

void expect(String log, String text) {
    assert log.contains(text): "build.log lacks: " + text
}

// Build 1: the three revisions applied in order, with their ids and messages, then the history.
expect(log, 'migrate: database jdbc:h2:file:')
expect(log, 'target/migrate/h2 (embedded H2')
int create = log.indexOf('migrate: upgrade a1f0c3e5b7d9 "create users" (')
int email = log.indexOf('migrate: upgrade b2e4d6f8a0c1 "add users.email" (')
int index = log.indexOf('migrate: upgrade c3a5e7b9d1f2 "index users.email" (')
assert create >= 0 && create < email && email < index: 'revisions not applied in order'
expect(log, 'migrate: upgraded to heads: 3 revision(s) applied')
expect(log, '[x] b2e4d6f8a0c1 -> c3a5e7b9d1f2 (head), index users.email')
expect(log, '[x] a1f0c3e5b7d9 -> b2e4d6f8a0c1, add users.email')
expect(log, '[x] <base> -> a1f0c3e5b7d9, create users')
assert log.indexOf('c3a5e7b9d1f2 (head)') < log.indexOf('<base> -> a1f0c3e5b7d9'): 'history is not newest first'

// Build 2: only the newest revision reverted.
expect(log, 'migrate: downgrade c3a5e7b9d1f2 "index users.email" (')
assert !log.contains('migrate: downgrade b2e4d6f8a0c1'): 'downgrade -1 reverted more than one revision'
expect(log, 'migrate: downgraded to -1: 1 revision(s) reverted')
expect(log, 'migrate: current b2e4d6f8a0c1')

// Build 3: the dry run printed the plan and its SQL, and wrote nothing (the history below has no extra run).
int dry = log.indexOf('migrate: dry run: upgrade to heads would run 1 revision(s):')
assert dry > 0: 'build.log lacks the dry run of the upgrade'
expect(log, '-- Running upgrade b2e4d6f8a0c1 -> c3a5e7b9d1f2')
expect(log, 'CREATE INDEX users_email ON users (email);')
expect(log, 'nothing was written')

// Build 4: the reverted one applied again, and the gate passes.
assert log.indexOf('migrate: upgrade c3a5e7b9d1f2', index + 1) > index: 'build 3 did not apply c3a5e7b9d1f2 again'
expect(log, 'migrate: status up to date')

// Build 5: dry runs of a downgrade to base and of a purging stamp, each saying what it would do.
expect(log, 'migrate: dry run: downgrade to base would run 3 revision(s):')
expect(log, '-- Running downgrade c3a5e7b9d1f2 -> b2e4d6f8a0c1')
expect(log, 'DROP INDEX users_email;')
expect(log, 'migrate: dry run: stamp base (purging the version table first) would leave the version table at: none')
// Build 6: the verify steps pass against the live database.
expect(log, 'migrate: verify: 3 applied revision(s) verified, none failed')
// Build 7, the last: refused before writing, naming the option and the database (the file database h2).
int refused = log.indexOf('downgrade to base reverts 3 revision(s), every one applied, and the environment prod is production:'
        + ' confirm it by naming the database, -Dmigrate.confirm=H2. Nothing was written')
assert refused > 0: 'build.log lacks the refusal of the downgrade in production'
assert log.indexOf('BUILD FAILURE') > log.indexOf('migrate: verify:'): 'a build before the last failed'
assert log.indexOf('migrate: downgrade c3a5e7b9d1f2', log.indexOf('migrate: verify:')) < 0: 'build 7 reverted'
evaluate(new File(itSupport, 'buildlog.groovy')).expectNoPoolLines()

// The database itself, opened with the H2 jar the plugin used.
File dbFile = new File(basedir, 'target/migrate/h2.mv.db')
assert dbFile.isFile(): 'no database at ' + dbFile
def withH2 = evaluate(new File(itSupport, 'h2.groovy'))
withH2 { rows ->
    // Still at the head after build 5's dry runs.
    assert rows('SELECT version_num FROM migrate_version') == ['c3a5e7b9d1f2']
    assert rows("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'USERS' ORDER BY ORDINAL_POSITION") ==
            ['ID', 'NAME', 'EMAIL']
    assert rows("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'USERS' AND INDEX_NAME = 'USERS_EMAIL'") ==
            ['USERS_EMAIL']
    assert rows('SELECT revision || \' \' || direction FROM migrate_history ORDER BY id') == [
            'a1f0c3e5b7d9 upgrade', 'b2e4d6f8a0c1 upgrade', 'c3a5e7b9d1f2 upgrade',
            'c3a5e7b9d1f2 downgrade', 'c3a5e7b9d1f2 upgrade']
}
true
