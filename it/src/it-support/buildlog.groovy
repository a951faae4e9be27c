// The project's build.log for verify scripts, as log = evaluate(new File(itSupport, 'buildlog.groovy')):
// log.text is all of it and log.build(n) the n-th Maven run of invoker.properties (from 1).
// log.expect(n, texts...) and log.absent(n, texts...) assert on build n, or on the whole log for n = 0.
String text = new File(basedir, 'build.log').getText('UTF-8')
List<String> builds = text.split(/(?=\[INFO\] Scanning for projects\.\.\.)/).findAll { it.contains('Scanning for projects...') }

def build = { int n ->
    assert n >= 1 && n <= builds.size(): "build.log holds ${builds.size()} builds, not build ${n}"
    builds[n - 1]
}
def part = { int n -> n == 0 ? text : build(n) }
def where = { int n -> n == 0 ? 'build.log' : "build ${n} of build.log" }

return [
    text: text,
    build: build,
    expect: { int n, String... texts ->
        texts.each { assert part(n).contains(it): "${where(n)} lacks: ${it}" }
    },
    absent: { int n, String... texts ->
        texts.each { assert !part(n).contains(it): "${where(n)} has: ${it}" }
    },
    // The plugin connects without a pool: nothing of HikariCP's start and shutdown reaches the log.
    expectNoPoolLines: {
        def pool = text.readLines().findAll { it =~ /HikariPool|com\.zaxxer\.hikari|migrate - (Start|Shutdown)/ }
        assert pool.isEmpty(): 'connection pool lines in build.log: ' + pool
    },
]
