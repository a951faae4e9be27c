// Creates this run's schema; verify.groovy drops it.
def pg = evaluate(new File(itSupport, 'postgres.groovy'))
pg.open { db -> db.execute('CREATE SCHEMA ' + pg.schema) }
true
