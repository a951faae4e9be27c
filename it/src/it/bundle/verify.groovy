// The bundle: built twice byte for byte the same, installed with its offline scripts, its manifest as documented;
// then run as a deploy host runs it (java -jar on a copy, a working directory outside the project, no Maven on
// the PATH, no other environment) on PostgreSQL and MariaDB; then verify and upgrade refuse a tampered copy.
// Drops the schema and the database at the end.
import groovy.json.JsonSlurper
import java.nio.file.Files
import java.util.concurrent.TimeUnit
import java.util.zip.ZipFile
import java.util.zip.ZipOutputStream

def log = evaluate(new File(itSupport, 'buildlog.groovy'))
def pg = evaluate(new File(itSupport, 'postgres.groovy'))
def maria = evaluate(new File(itSupport, 'mariadb.groovy'))

String name = 'bundle-1.0-SNAPSHOT-migrations'
String base = '1b0a2c4e6f8d', total = '2b1c3e5a7d9f', dueDate = '3b2d4f6a8c0e', merge = '4b3e5a7c9d1f'
String audit = '5a4f6b8d0e2c', actor = '6a5b7c9e1f3d'
List<String> dialects = ['h2', 'mysql', 'postgresql']

// --- The builds: the goal's lines, byte-identical bundles and scripts, attached and installed.
File jar = new File(basedir, "target/${name}.jar")
File again = new File(basedir, "target-again/${name}.jar")
assert jar.isFile() && again.isFile()
assert Arrays.equals(jar.bytes, again.bytes): 'two builds of the same project gave different bundles'
dialects.each { d ->
    File script = new File(basedir, "target/${name}-${d}.sql")
    assert script.text == new File(basedir, "target-again/${name}-${d}.sql").text: d
    assert script.text.contains("-- Running upgrade ${total}, ${dueDate} -> ${merge}"): d
    assert script.text.contains('CREATE VIEW open_invoices AS SELECT number, total, due_date FROM invoices'): d
}
[1, 2].each { b ->
    log.expect(b, "migrate: bundle ${new File(basedir, (b == 1 ? 'target/' : 'target-again/') + name + '.jar')}: 6 revision(s), heads ${merge}, ${actor}, ",
            'migrate: left out of the bundle: org.apache.commons:commons-lang3:3.17.0 (excluded)',
            "migrate: left out of the bundle: dev.migrate:migrate-runtime:", 'BUILD SUCCESS')
}
File installed = new File(localRepositoryPath, 'dev/migrate/it/bundle/1.0-SNAPSHOT')
assert Arrays.equals(new File(installed, "${name}.jar").bytes, jar.bytes): 'the bundle is not installed (attached)'
dialects.each { d -> assert new File(installed, "${name}-${d}.sql").isFile(): "the ${d} script is not installed" }

Map manifest
new ZipFile(jar).withCloseable { zip ->
    manifest = new JsonSlurper().parse(zip.getInputStream(zip.getEntry('META-INF/migrate/bundle.json')), 'UTF-8')
    assert zip.getEntry('org/apache/commons/lang3/StringUtils.class') == null: 'an excluded dependency is in the bundle'
    assert zip.getEntry('com/example/db/open_invoices.sql') != null
    assert zip.getEntry('net/sf/jsqlparser/parser/CCJSqlParserUtil.class') != null: 'lint in the bundle needs JSqlParser'
    assert zip.getInputStream(zip.getEntry('META-INF/MANIFEST.MF')).text.contains('Main-Class: dev.migrate.cli.Main')
    // picocli compiled for Java 17 (class file major version 61), not picocli's Java 5 jar (49), which no AppCDS
    // archive holds: every picocli class the bundle carries is Java 17's.
    def picocli = zip.entries().toList().findAll { it.name.startsWith('picocli/') && it.name.endsWith('.class') }
    assert picocli.size() > 100: 'picocli is not in the bundle'
    picocli.each { entry ->
        def major = new DataInputStream(zip.getInputStream(entry)).withCloseable { it.readInt(); it.readUnsignedShort(); it.readUnsignedShort() }
        assert major == 61: "${entry.name} is a class file of version ${major}, not Java 17's"
    }
}
assert manifest.schemaVersion == 1
assert manifest.project == 'dev.migrate.it:bundle:1.0-SNAPSHOT'
assert manifest.heads == [merge, actor]
assert manifest.revisions*.id == [base, total, dueDate, merge, audit, actor]
Map mergeRevision = manifest.revisions.find { it.id == merge }
assert mergeRevision.revises == [total, dueDate] && mergeRevision.className == 'com.example.db.MergeInvoiceColumns'
assert manifest.revisions.find { it.id == base }.branchLabels == ['billing']
assert manifest.revisions.every { it.checksum ==~ /[0-9a-f]{64}/ }
assert manifest.revisions.every { it.allowed == [] }: 'no revision of the project has an @Allow'
assert manifest.digest ==~ /sha256:[0-9a-f]{64}/
assert manifest.listing ==~ /sha256:[0-9a-f]{64}/: 'the listing a write compares with the central directory'
Map project = manifest.contents.find { it.origin == 'project' }
assert project.artifact == 'dev.migrate.it:bundle:1.0-SNAPSHOT'
assert project.entries*.path.containsAll(['com/example/db/MergeInvoiceColumns.class', 'com/example/db/open_invoices.sql',
        'com/example/db/MigrateIndex.class'])
assert manifest.contents*.origin.toSet() == ['tool', 'project', 'bundle'].toSet(): manifest.contents*.artifact

// --- The deploy host: a copy of the jar in a directory of its own, nothing else.
File host = Files.createTempDirectory('migrate-bundle-host').toFile()
File deployed = new File(host, "${name}.jar")
deployed.bytes = jar.bytes
String java = new File(System.getProperty('java.home'), 'bin/java').path

def run = { File bundle, List<String> args, Map<String, String> env = [:] ->
    File out = new File(host, 'out.txt'), err = new File(host, 'err.txt')
    ProcessBuilder builder = new ProcessBuilder([java, '-jar', bundle.path] + args).directory(host)
            .redirectOutput(out).redirectError(err)
    builder.environment().clear()
    // No Maven and no JDK on the PATH: the bundle needs only the java it was started with.
    builder.environment().putAll([PATH: host.path, HOME: host.path] + env)
    Process process = builder.start()
    assert process.waitFor(180, TimeUnit.SECONDS): "java -jar ${args} did not end"
    [code: process.exitValue(), out: out.getText('UTF-8'), err: err.getText('UTF-8')]
}
def expectCode = { Map result, int code, String what ->
    assert result.code == code: "${what}: exit ${result.code}, not ${code}\nstdout: ${result.out}\nstderr: ${result.err}"
    result
}

Map intact = expectCode(run(deployed, ['verify']), 0, 'verify')
assert intact.out.contains("The bundle ${name}.jar is intact: ") && intact.out.contains(manifest.digest): intact.out

// lint needs no database; the bundle carries JSqlParser, so the plain SQL and the merge's script are read, not
// each left as an unchecked warning.
Map lint = expectCode(run(deployed, ['lint', '--dialect', 'postgresql']), 0, 'lint')
assert lint.err.contains('Linted 6 revisions: 0 errors, 0 other, 0 allowed') && !lint.err.contains('[unchecked]'): lint.err

void deploy(Closure run, Closure expectCode, File bundle, Map<String, String> env, def db, String schema,
        List<String> ids) {
    String base = ids[0], merge = ids[3], audit = ids[4], actor = ids[5]
    def rows = { db.rows("SELECT version_num FROM ${schema}.migrate_version ORDER BY version_num") }
    def steps = { db.rows("SELECT COUNT(*) FROM ${schema}.migrate_history")[0] }

    Map up = expectCode(run(bundle, ['upgrade'], env), 0, 'upgrade')
    assert up.err.contains('upgraded to heads: 6 revision(s) applied'): up.err
    assert rows() == [merge, actor]
    assert db.rows("SELECT COUNT(*) FROM information_schema.views WHERE table_schema = '${schema}' AND table_name = 'open_invoices'") == ['1']
    expectCode(run(bundle, ['check'], env), 0, 'check at the heads')

    // Two heads are current, so a bare -1 is ambiguous (refused, as the README says): the audit branch's -1.
    expectCode(run(bundle, ['downgrade', 'audit@-1'], env), 0, 'downgrade audit@-1')
    assert rows() == [merge, audit].sort()
    Map behind = expectCode(run(bundle, ['check'], env), 2, 'check behind a head')
    assert behind.err.contains(actor): behind.err

    Map status = expectCode(run(bundle, ['status', '--json'], env), 0, 'status --json')
    Map json = new JsonSlurper().parseText(status.out)
    assert json.schemaVersion == 1 && json.upToDate == false && json.pending == [actor]: status.out
    assert json.current.sort() == [merge, audit].sort(): status.out

    String before = steps()
    Map dry = expectCode(run(bundle, ['upgrade', '--dry-run'], env), 0, 'upgrade --dry-run')
    assert dry.out.contains('ALTER TABLE audit_log ADD COLUMN actor VARCHAR(50)'): dry.out
    assert rows() == [merge, audit].sort() && steps() == before: 'the dry run wrote'

    Map bad = expectCode(run(bundle, ['upgrade', '--target', 'nope'], env), 1, 'upgrade to a bad target')
    assert bad.err.contains('nope'): bad.err
    assert rows() == [merge, audit].sort() && steps() == before: 'a bad target wrote'
}

List<String> ids = [base, total, dueDate, merge, audit, actor]
File tampered = new File(host, 'tampered.jar')
try {
    // PostgreSQL: the URL from MIGRATE_URL, the rest as flags; MariaDB: everything from the environment.
    pg.open { db ->
        deploy(run, expectCode, deployed, [MIGRATE_URL: "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=${pg.schema}".toString(),
                MIGRATE_USER: 'postgres', MIGRATE_SCHEMA: pg.schema], db, pg.schema, ids)
    }
    maria.open { db ->
        deploy(run, expectCode, deployed, [MIGRATE_URL: "jdbc:mariadb://127.0.0.1:3306/${maria.database}".toString(),
                MIGRATE_USER: 'root'], db, maria.database, ids)
    }

    // One class replaced by another's bytes inside a copy: verify names it, and upgrade refuses to write.
    new ZipFile(deployed).withCloseable { zip ->
        tampered.withOutputStream { stream ->
            new ZipOutputStream(stream).withCloseable { copy ->
                zip.entries().each { entry ->
                    String path = entry.name
                    String from = path == 'com/example/db/AddAuditActor.class' ? 'com/example/db/CreateAuditLog.class' : path
                    copy.putNextEntry(new java.util.zip.ZipEntry(path))
                    copy.write(zip.getInputStream(zip.getEntry(from)).bytes)
                    copy.closeEntry()
                }
            }
        }
    }
    Map broken = expectCode(run(tampered, ['verify']), 1, 'verify of a tampered bundle')
    assert broken.err.contains('changed: com/example/db/AddAuditActor.class'): broken.err
    pg.open { db ->
        Map refused = expectCode(run(tampered, ['upgrade'], [MIGRATE_URL: "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=${pg.schema}".toString(),
                MIGRATE_USER: 'postgres', MIGRATE_SCHEMA: pg.schema]), 1, 'upgrade from a tampered bundle')
        assert refused.err.contains('Refusing to write') && refused.err.contains('com/example/db/AddAuditActor.class'): refused.err
        assert db.rows("SELECT version_num FROM ${pg.schema}.migrate_version ORDER BY version_num") == [merge, audit].sort()
    }

    // The offline script from the bundle's own sql command is the one attached beside it.
    Map sql = expectCode(run(deployed, ['sql', '--dialect', 'mysql', '--range', 'base:heads']), 0, 'sql')
    assert sql.out.trim() == new File(basedir, "target/${name}-mysql.sql").getText('UTF-8').trim()
} finally {
    pg.open { db -> db.execute("DROP SCHEMA IF EXISTS ${pg.schema} CASCADE") }
    maria.open { db -> db.execute("DROP DATABASE IF EXISTS ${maria.database}") }
    host.deleteDir()
}
true
