// Runs the compiled application from the module path, as a modular application runs: java --module-path
// <its classes and its runtime dependencies, as Maven resolved them> -m com.example.app/com.example.app.Main,
// connecting through a URL (DriverManager finds H2 among the modules).
// No class path, and no HikariCP on the module path: the runtime requires it only statically.
import java.lang.module.ModuleDescriptor
import java.lang.module.ModuleFinder

def log = evaluate(new File(itSupport, 'buildlog.groovy'))
log.expect(1, 'BUILD SUCCESS')
// The module provides its index, so the processor has nothing to warn about.
log.absent(1, 'does not declare the revision index')

File classes = new File(basedir, 'target/classes')
assert new File(classes, 'module-info.class').isFile(): 'the application was not compiled as a module'
assert new File(classes, 'com/example/db/MigrateIndex.class').isFile(): 'the processor generated no index'

File runtimeDir = new File(localRepositoryPath, 'dev/migrate/migrate-runtime')
List<File> runtimeJars = runtimeDir.listFiles().collectMany { version ->
    version.listFiles().findAll { it.name ==~ /migrate-runtime-[^-]+(-SNAPSHOT)?\.jar/ }
}
assert runtimeJars.size() == 1: 'expected one migrate-runtime jar under ' + runtimeDir + ': ' + runtimeJars
File runtime = runtimeJars[0]
File h2 = new File(localRepositoryPath, "com/h2database/h2/${h2Version}/h2-${h2Version}.jar")
assert h2.isFile(): 'no H2 jar at ' + h2

// The runtime jar is a named module that exports the API and keeps the rest to itself.
ModuleDescriptor module = ModuleFinder.of(runtime.toPath()).findAll().first().descriptor()
assert module.name() == 'dev.migrate' && !module.isAutomatic()
Map<String, Set<String>> exports = module.exports().collectEntries { [(it.source()): it.targets()] }
assert exports == ['dev.migrate': [] as Set, 'dev.migrate.schema': [] as Set, 'dev.migrate.spi': [] as Set,
        'dev.migrate.report': [] as Set, 'dev.migrate.lint': [] as Set, 'dev.migrate.diff': [] as Set,
        'dev.migrate.graph': ['dev.migrate.processor'] as Set, 'dev.migrate.internal.sql': ['dev.migrate.processor'] as Set]
assert module.uses() == ['dev.migrate.spi.RevisionIndex', 'java.sql.Driver'] as Set

File db = new File(basedir, 'target/module-path/h2')
String url = 'jdbc:h2:file:' + db.absolutePath
String java = new File(System.getProperty('java.home'), 'bin/java').absolutePath
List<String> dependencies = new File(basedir, 'target/module-path.txt').getText('UTF-8').trim().split(File.pathSeparator)
assert dependencies.any { it.endsWith(runtime.name) } && dependencies.any { it.endsWith(h2.name) }: dependencies
assert !dependencies.any { it.contains('HikariCP') }: dependencies
String modulePath = ([classes.absolutePath] + dependencies).join(File.pathSeparator)

def run = { int n ->
    File out = new File(basedir, "target/module-path/run-${n}.log")
    out.parentFile.mkdirs()
    Process process = new ProcessBuilder(java, '--module-path', modulePath, '-m', 'com.example.app/com.example.app.Main', url)
            .redirectErrorStream(true).redirectOutput(out).start()
    int exit = process.waitFor()
    String text = out.getText('UTF-8')
    assert exit == 0: "run ${n} exited with ${exit}:\n${text}"
    text
}

// Run 1 applies both revisions: the second reads its SQL script from the application's module.
String first = run(1)
assert first.contains('module dev.migrate applied [m1a2b3c4d5e6, m2b3c4d5e6f7]'): first
assert first.contains('status {"upToDate":true,"current":["m2b3c4d5e6f7"],"pending":[]'): first
// Run 2 finds the database at its head and applies nothing.
String second = run(2)
assert second.contains('module dev.migrate applied []'): second

def withH2 = evaluate(new File(itSupport, 'jdbc.groovy'))
withH2("com/h2database/h2/${h2Version}/h2-${h2Version}.jar", 'org.h2.Driver', url + ';IFEXISTS=TRUE',
        [user: 'sa', password: ''], { rows ->
    assert rows.rows('SELECT version_num FROM migrate_version') == ['m2b3c4d5e6f7']
    assert rows.rows('SELECT name FROM users ORDER BY id') == ['ada', 'grace']
    assert rows.rows('SELECT revision || \' \' || direction FROM migrate_history ORDER BY id') ==
            ['m1a2b3c4d5e6 upgrade', 'm2b3c4d5e6f7 upgrade']
})
true
