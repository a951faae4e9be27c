// The bad targets and options fail with messages that name the parameter, and change nothing.
String log = new File(basedir, 'build.log').getText('UTF-8')

void expect(String log, String text) {
    assert log.contains(text): "build.log lacks: " + text
}

expect(log, 'migrate: upgrade a1f0c3e5b7d9 "create users" (')
expect(log, 'migrate: upgraded to +1: 1 revision(s) applied')
expect(log, "migrate: upgrade to migrate.target=nope stopped: No revision or branch label is named 'nope'")
expect(log, 'migrate: downgrade needs a target; set migrate.target')
expect(log, 'migrate: current a1f0c3e5b7d9')
expect(log, 'stopped: A single transaction for the whole command needs DDL that can be rolled back, as PostgreSQL has;'
        + ' H2 commits each DDL statement at once')
expect(log, "Turn singleTransaction off (the plugin's migrate.singleTransaction)")
assert !log.contains('migrate: upgrade b2e4d6f8a0c1'): 'the bad target applied a revision'
assert !log.contains('migrate: downgrade a1f0c3e5b7d9'): 'the missing target reverted a revision'

// Revisions in a dev.migrate.* package of the project load from the project, not the plugin.
def withH2 = evaluate(new File(itSupport, 'h2.groovy'))
withH2 { rows ->
    assert rows('SELECT version_num FROM migrate_version') == ['a1f0c3e5b7d9']
    assert rows('SELECT revision FROM migrate_history ORDER BY id') == ['a1f0c3e5b7d9']
    assert rows("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'USERS' ORDER BY ORDINAL_POSITION") ==
            ['ID', 'NAME']
}
true
