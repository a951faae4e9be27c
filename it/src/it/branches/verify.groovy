// The same four steps ran on PostgreSQL (builds 1-4) and MariaDB (builds 5-8): asserts on each build's
// log, then on each database's version rows, tables and history, then drops the schema and the database.
def log = evaluate(new File(itSupport, 'buildlog.groovy'))
def pg = evaluate(new File(itSupport, 'postgres.groovy'))
def maria = evaluate(new File(itSupport, 'mariadb.groovy'))

String base = '1b0a2c4e6f8d', total = '2b1c3e5a7d9f', dueDate = '3b2d4f6a8c0e', merge = '4b3e5a7c9d1f'
String audit = '5a4f6b8d0e2c', actor = '6a5b7c9e1f3d'

void verifyBuilds(def log, int first, String url, List<String> billing, List<String> auditBranch) {
    String base = billing[0], merge = billing[3], actor = auditBranch[1]
    int b = first
    log.expect(b, 'migrate: database ' + url)

    // upgrade billing@head: the billing branch up to its merge, nothing of audit.
    String up = log.build(b)
    List<Integer> at = billing.collect { up.indexOf('migrate: upgrade ' + it + ' "') }
    assert at.every { it >= 0 }: "build ${b} did not apply all of billing: ${at}"
    assert at[0] < at[1] && at[0] < at[2] && at[1] < at[3] && at[2] < at[3]: "billing applied out of order: ${at}"
    log.expect(b, 'migrate: upgraded to billing@head: 4 revision(s) applied', 'migrate: current ' + merge)
    log.absent(b, auditBranch.collect { 'migrate: upgrade ' + it } as String[])

    // upgrade heads: only the audit branch is left, and check passes at every head.
    log.expect(b + 1, 'migrate: upgrade ' + auditBranch[0] + ' "create audit_log" (',
            'migrate: upgrade ' + actor + ' "add audit_log.actor" (', 'migrate: upgraded to heads: 2 revision(s) applied',
            "migrate: current ${merge}, ${actor}", 'migrate: status up to date')
    log.absent(b + 1, billing.collect { 'migrate: upgrade ' + it } as String[])

    // downgrade billing@base: the billing branch reverted, its merge first; audit stays.
    String down = log.build(b + 2)
    List<Integer> back = billing.collect { down.indexOf('migrate: downgrade ' + it + ' "') }
    assert back.every { it >= 0 }: "build ${b + 2} did not revert all of billing: ${back}"
    assert back[3] < back[1] && back[3] < back[2] && back[1] < back[0] && back[2] < back[0]: "billing reverted out of order: ${back}"
    log.expect(b + 2, 'migrate: downgraded to billing@base: 4 revision(s) reverted', 'migrate: current ' + actor)
    log.absent(b + 2, auditBranch.collect { 'migrate: downgrade ' + it } as String[])

    // stamp: the version rows change and no revision runs.
    log.expect(b + 3, "migrate: stamped; current revision(s): ${base}, ${actor}", "migrate: current ${base}, ${actor}",
            "[x] <base> -> ${base} (billing), create invoices",
            "[ ] ${base} -> ${billing[1]}, add invoices.total",
            "[ ] ${billing[1]}, ${billing[2]} -> ${merge} (head), merge: view open_invoices over total and due_date",
            "[x] ${auditBranch[0]} -> ${actor} (head), add audit_log.actor")
    log.absent(b + 3, 'migrate: upgrade ', 'migrate: downgrade ')
    log.expect(b + 3, 'BUILD SUCCESS')
}

void verifyDatabase(def db, String schema, List<String> billing, List<String> auditBranch) {
    String base = billing[0], actor = auditBranch[1]
    assert db.rows("SELECT version_num FROM ${schema}.migrate_version ORDER BY version_num") == [base, actor]
    // The stamp ran nothing: invoices and the view stay dropped.
    assert db.rows("SELECT table_name FROM information_schema.tables WHERE table_schema = '${schema}' ORDER BY table_name")
            .collect { it.toLowerCase() } == ['audit_log', 'migrate_history', 'migrate_version']
    assert db.rows("SELECT column_name FROM information_schema.columns WHERE table_schema = '${schema}'"
            + " AND table_name = 'audit_log' ORDER BY ordinal_position").collect { it.toLowerCase() } == ['id', 'event', 'actor']
    List<String> history = db.rows("SELECT CONCAT(revision, ' ', direction, ' ', status) FROM ${schema}.migrate_history ORDER BY id")
    assert history.size() == 11: history
    assert history[0..3].collect { it.split(' ')[0] } as Set == billing as Set && history[0..3].every { it.endsWith(' upgrade applied') }
    assert history[4..5] == auditBranch.collect { it + ' upgrade applied' }
    assert history[6..9].collect { it.split(' ')[0] } as Set == billing as Set && history[6..9].every { it.endsWith(' downgrade applied') }
    assert history[10] == base + ' stamp applied'
}

List<String> billing = [base, total, dueDate, merge]
List<String> auditBranch = [audit, actor]
try {
    verifyBuilds(log, 1, 'jdbc:postgresql://127.0.0.1:5432/test?currentSchema=' + pg.schema, billing, auditBranch)
    verifyBuilds(log, 5, "jdbc:mariadb://127.0.0.1:3306/${maria.database}", billing, auditBranch)
    log.expectNoPoolLines()
    pg.open { db -> verifyDatabase(db, pg.schema, billing, auditBranch) }
    maria.open { db -> verifyDatabase(db, maria.database, billing, auditBranch) }
} finally {
    pg.open { db -> db.execute("DROP SCHEMA IF EXISTS ${pg.schema} CASCADE") }
    maria.open { db -> db.execute("DROP DATABASE IF EXISTS ${maria.database}") }
}
true
