// Opens a project's embedded H2 database (target/migrate/h2) with the H2 jar the plugin used, and
// runs the given closure with a query function that returns a column's values. Shared by the
// verify scripts of the H2 projects: evaluate(new File(itSupport, 'h2.groovy')) { rows -> ... }.
def jdbc = evaluate(new File(itSupport, 'jdbc.groovy'))

return { Closure body ->
    String url = 'jdbc:h2:file:' + new File(basedir, 'target/migrate/h2').absolutePath + ';IFEXISTS=TRUE'
    jdbc("com/h2database/h2/${h2Version}/h2-${h2Version}.jar", 'org.h2.Driver', url, [user: 'sa', password: ''],
            { db -> body(db.rows) })
}
