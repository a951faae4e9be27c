// Machine output is clean: JSON lines without [INFO], even under mvn -q; a script that psql runs as it is.
import groovy.json.JsonSlurper

def log = evaluate(new File(itSupport, 'buildlog.groovy'))
def pg = evaluate(new File(itSupport, 'postgres.groovy'))

/**
 * Runs mvn -q offline in this project, its standard output redirected to {@code out}, as {@code mvn -q ... > out}.
 * Not -B: Maven's batch mode itself writes a colour reset to the standard output when it starts, before any goal.
 */
void quietMaven(File out, String... args) {
    def command = ['mvn', '-q', '-o', '-s', new File(itSupport, '../it/settings.xml').canonicalPath,
            '-Dmaven.repo.local=' + localRepositoryPath] + (args as List)
    def process = new ProcessBuilder(command).directory(basedir).redirectOutput(out)
            .redirectError(new File(basedir, 'target/' + out.name + '.err')).start()
    assert process.waitFor() == 0: "${command} failed: " + new File(basedir, 'target/' + out.name + '.err').text
}

// mvn -q migrate:history -Dmigrate.format=json > history-stdout.json: a JSON document and nothing else.
File stdoutJson = new File(basedir, 'target/history-stdout.json')
quietMaven(stdoutJson, 'migrate:history', '-Dmigrate.format=json')
assert !stdoutJson.getText('UTF-8').contains('\u001b'): 'terminal codes in the JSON: ' + stdoutJson.text
assert !log.text.contains('[INFO] {'): 'JSON inside a log line'
def history = new JsonSlurper().parse(stdoutJson, 'UTF-8')
assert history.schemaVersion == 1
assert history.range == null
assert history.revisions*.id == ['2a3b4c5d6e7f', '1f2e3d4c5b6a']
assert history.revisions*.state == ['applied', 'applied']
assert history.revisions*.message == ['backfill plans', 'create accounts']
assert history.revisions.every { it.lastRun.outcome == 'applied' && it.lastRun.direction == 'upgrade' && it.lastRun.installedBy }

// Build 2: the same report in a file.
def fromFile = new JsonSlurper().parse(new File(basedir, 'target/report/history.json'), 'UTF-8')
assert fromFile.revisions*.id == history.revisions*.id
log.expect(0, 'migrate: wrote the report to ')

// Build 3: the picture; build 4: the graph in text and the gate.
String mermaid = new File(basedir, 'target/report/graph.mmd').getText('UTF-8')
assert mermaid.startsWith('flowchart BT\n')
assert mermaid.contains('  r_1f2e3d4c5b6a --> r_2a3b4c5d6e7f\n')
log.expect(0, '[INFO] * [x] 1f2e3d4c5b6a -> 2a3b4c5d6e7f (head), backfill plans  (applied ',
        '[INFO] * [x] <base> -> 1f2e3d4c5b6a, create accounts  (applied ', 'migrate: status up to date')

// mvn -q migrate:sql -Dmigrate.dialect=postgresql > stdout.sql, which psql runs into a schema of its own.
File sql = new File(basedir, 'target/stdout.sql')
quietMaven(sql, 'migrate:sql', '-Dmigrate.dialect=postgresql')
assert sql.getText('UTF-8').startsWith('-- migrate upgrade base:heads (PostgreSQL)\n'): sql.text.take(200)
pg.open { db ->
    try {
        def psql = new ProcessBuilder('psql', '-h', '127.0.0.1', '-U', 'postgres', '-d', 'test', '-v', 'ON_ERROR_STOP=1',
                '-f', sql.path).redirectErrorStream(true)
        psql.environment().put('PGOPTIONS', '-c search_path=' + pg.schema)
        def process = psql.start()
        String output = process.inputStream.getText('UTF-8')
        assert process.waitFor() == 0: 'psql rejected the script: ' + output
        assert db.rows("SELECT version_num FROM ${pg.schema}.migrate_version") == ['2a3b4c5d6e7f']
        assert db.rows("SELECT plan FROM ${pg.schema}.accounts ORDER BY id") == ['free', 'free']
    } finally {
        db.execute('DROP SCHEMA IF EXISTS ' + pg.schema + ' CASCADE')
    }
}
true
