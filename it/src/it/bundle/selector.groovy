// Runs the project when both servers listen; without them, skips, except under CI=true.
evaluate(new File(itSupport, 'servers.groovy'))(PostgreSQL: 5432, MariaDB: 3306)
