// Creates this run's database and its user, with the password that credentials-settings.xml holds
// encrypted; verify.groovy drops both.
def maria = evaluate(new File(itSupport, 'mariadb.groovy'))
String user = "'migrate_it_${itRun}'@'%'"
maria.open { db ->
    db.execute("CREATE DATABASE ${maria.database}")
    db.execute("CREATE USER ${user} IDENTIFIED BY 'Db-pa55-from-settings'")
    db.execute("GRANT ALL PRIVILEGES ON ${maria.database}.* TO ${user}")
}
true
