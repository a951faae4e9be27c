// Creates this run's PostgreSQL schema and MariaDB database; verify.groovy drops them.
def pg = evaluate(new File(itSupport, 'postgres.groovy'))
def maria = evaluate(new File(itSupport, 'mariadb.groovy'))
pg.open { db -> db.execute('CREATE SCHEMA ' + pg.schema) }
maria.open { db -> db.execute('CREATE DATABASE ' + maria.database) }
true
