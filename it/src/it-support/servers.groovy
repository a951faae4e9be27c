// For selector scripts: whether the database servers a project needs listen on 127.0.0.1, as in
// evaluate(new File(itSupport, 'servers.groovy'))(PostgreSQL: 5432). Without one the project is skipped,
// except under CI=true, where a missing server fails the run.
return { Map<String, Integer> servers ->
    def missing = servers.findAll { name, port ->
        try {
            new Socket().withCloseable { it.connect(new InetSocketAddress('127.0.0.1', port), 2000) }
            false
        } catch (IOException e) {
            true
        }
    }.collect { name, port -> "${name} at 127.0.0.1:${port}" }
    if (missing && System.getenv('CI') == 'true') {
        throw new IllegalStateException("CI=true but no ${missing.join(' and no ')}: start it, or unset CI to skip ${basedir.name}")
    }
    if (missing) {
        println "${basedir.name} skipped: no ${missing.join(' and no ')}"
    }
    return missing.isEmpty()
}
