// Creates this run's schema; verify.groovy drops it.
def connection = new GroovyShell(getClass().classLoader).evaluate(new File(basedir, 'Postgres.groovy').text + '\nPostgres')
        .connect(localRepositoryPath, postgresqlVersion)
try {
    connection.createStatement().execute('CREATE SCHEMA ' + pgSchema)
} finally {
    connection.close()
}
true
