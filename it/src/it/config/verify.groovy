// Each setting came from its source: parameters, then MIGRATE_* variables, then migrate.properties.
String log = new File(basedir, 'build.log').getText('UTF-8')

void expect(String log, String text) {
    assert log.contains(text): "build.log lacks: " + text
}

// Build 1: versionTable from the file, historyTable from the environment (over the file's), target +1.
expect(log, 'migrate: tables cfg_version, cfg_history, user sa')
expect(log, 'migrate: upgraded to +1: 1 revision(s) applied')
// Build 2: -Dmigrate.target=heads over MIGRATE_TARGET.
expect(log, 'migrate: upgraded to heads: 2 revision(s) applied')
// Build 3.
expect(log, 'migrate.lockTimeout is "soon"; give a number of seconds (600) or an ISO-8601 duration (PT10M), zero or more')
assert !log.contains('from_the_file')

def withH2 = evaluate(new File(itSupport, 'h2.groovy'))
withH2 { rows ->
    assert rows('SELECT version_num FROM cfg_version') == ['c3a5e7b9d1f2']
    assert rows('SELECT revision FROM cfg_history ORDER BY id') == ['a1f0c3e5b7d9', 'b2e4d6f8a0c1', 'c3a5e7b9d1f2']
    assert rows("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME LIKE 'MIGRATE%'") == []
}
true
