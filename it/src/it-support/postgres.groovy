// The local PostgreSQL (127.0.0.1:5432, database test, user postgres, trust authentication).
// pg.schema is this project's schema for the run, migrate_it_<run>_<project> as its pom names it: the
// project's setup.groovy creates it, its verify.groovy drops it. pg.open { db -> ... }: see jdbc.groovy.
def jdbc = evaluate(new File(itSupport, 'jdbc.groovy'))

return [
    schema: "migrate_it_${itRun}_${basedir.name.replace('-', '_')}".toString(),
    open: { Closure body ->
        jdbc("org/postgresql/postgresql/${postgresqlVersion}/postgresql-${postgresqlVersion}.jar", 'org.postgresql.Driver',
                'jdbc:postgresql://127.0.0.1:5432/test', [user: 'postgres'], body)
    },
]
