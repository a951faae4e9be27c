// Runs after the five builds of invoker.properties: backup, list, restore of the embedded H2 database.
String log = new File(basedir, 'build.log').getText('UTF-8')

void expect(String log, String text) {
    assert log.contains(text): "build.log lacks: " + text
}

File directory = new File(basedir, 'target/migrate/backups')
File[] files = directory.listFiles()
assert files != null && files.length == 1: 'not one backup in ' + directory + ': ' + files
String name = files[0].name
assert name ==~ /h2--c3a5e7b9d1f2--\d{8}T\d{9}Z\.sql\.gz/: name

// Build 1: written, then listed.
expect(log, 'migrate: backed up to ' + files[0].absolutePath)
expect(log, 'migrate: ' + name + '  h2  c3a5e7b9d1f2')

// Build 3: refused, saying what to set.
expect(log, 'migrate: restore needs a backup; set migrate.backup, such as -Dmigrate.backup=<file>')

// Build 4: refused in production before anything ran, naming the confirmation.
expect(log, 'restoring ' + name + ' replaces everything in database h2, and the environment prod is production:'
        + ' confirm it by naming the database, -Dmigrate.confirm=H2. Nothing was written')
assert log.indexOf('migrate: restored ') > log.indexOf('Nothing was written'): 'restored before the refusal'

// Build 5: restored, and the database is back at the head it had.
expect(log, 'migrate: restored ' + files[0].absolutePath)
expect(log, 'migrate: current c3a5e7b9d1f2')
def withH2 = evaluate(new File(itSupport, 'h2.groovy'))
withH2 { rows ->
    assert rows('SELECT version_num FROM migrate_version') == ['c3a5e7b9d1f2']
}
true
