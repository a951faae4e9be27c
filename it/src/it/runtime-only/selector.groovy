// Runs the project when PostgreSQL listens; without it, skips, except under CI=true.
evaluate(new File(itSupport, 'servers.groovy'))(PostgreSQL: 5432)
