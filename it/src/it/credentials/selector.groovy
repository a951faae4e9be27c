// Runs the project when MariaDB listens; without it, skips, except under CI=true.
evaluate(new File(itSupport, 'servers.groovy'))(MariaDB: 3306)
