// Runs the project when PostgreSQL listens on 127.0.0.1:5432; without it, skips, except under CI=true.
boolean reachable
try {
    new Socket().withCloseable { it.connect(new InetSocketAddress('127.0.0.1', 5432), 2000) }
    reachable = true
} catch (IOException e) {
    reachable = false
}
if (!reachable && System.getenv('CI') == 'true') {
    throw new IllegalStateException('CI=true but no PostgreSQL at 127.0.0.1:5432: start it, or unset CI to skip the postgres IT')
}
if (!reachable) {
    println 'postgres IT skipped: no PostgreSQL at 127.0.0.1:5432'
}
return reachable
