// Build 1 connected as this run's user with the decrypted password, and build 2 was refused; no form of
// the password reached the log. Then drops the database and the user.
def log = evaluate(new File(itSupport, 'buildlog.groovy'))
def maria = evaluate(new File(itSupport, 'mariadb.groovy'))
String user = "migrate_it_${itRun}"

try {
    log.expect(1, "migrate: tables ${maria.database}.migrate_version, ${maria.database}.migrate_history, user ${user}",
            'migrate: upgrade c0ffee000001 "create accounts" (', 'migrate: current c0ffee000001', 'BUILD SUCCESS')
    log.expect(2, "migrate: the credentials come from two places, settings.xml server \"it-mariadb\" (migrate.serverId)"
            + " and migrate.user; remove migrate.user (from the POM or the command line), or remove migrate.serverId",
            'BUILD FAILURE')
    log.absent(2, 'migrate: current c0ffee000001')
    log.absent(0, 'Db-pa55-from-settings', 'tcEie2Bx', 'LKnLqFXX32euRsDJPgvbUkemMeuV62mAy4KCOHG58faFRMYY')
    log.expectNoPoolLines()

    maria.open { db ->
        assert db.rows("SELECT version_num FROM ${maria.database}.migrate_version") == ['c0ffee000001']
        assert db.rows("SELECT column_name FROM information_schema.columns WHERE table_schema = '${maria.database}'"
                + " AND table_name = 'accounts' ORDER BY ordinal_position").collect { it.toLowerCase() } == ['id', 'owner']
        // The history records who ran the revision: the settings' user, not root.
        assert db.rows("SELECT installed_by FROM ${maria.database}.migrate_history") == ["${user}@127.0.0.1".toString()]
    }
} finally {
    maria.open { db ->
        db.execute("DROP DATABASE IF EXISTS ${maria.database}")
        db.execute("DROP USER IF EXISTS '${user}'@'%'")
    }
}
true
