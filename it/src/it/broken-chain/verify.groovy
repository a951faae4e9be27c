// The compiler, through migrate-processor, names the bad revision and the id it cannot find.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('revises "a1f0c3e5b7d8", but no revision has that id'): 'no unknown-parent message in build.log'
assert log.contains('AddUserEmail.java'): 'the message does not point at the source file'
assert log.contains('COMPILATION ERROR') || log.contains('Compilation failure')
assert !log.contains('migrate-maven-plugin'): 'the plugin ran although compilation failed'
assert !new File(basedir, 'target/migrate').exists(): 'a database was created'
true
