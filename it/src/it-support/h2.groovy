// Opens a project's embedded H2 database (target/migrate/h2) with the H2 jar the plugin used, and
// runs the given closure with a query function that returns a column's values. Shared by the
// verify scripts of the H2 projects: evaluate(new File(itSupport, 'h2.groovy')) { rows -> ... }.
import java.sql.Connection

return { Closure body ->
    File h2Jar = new File(localRepositoryPath, "com/h2database/h2/${h2Version}/h2-${h2Version}.jar")
    assert h2Jar.isFile(): "no H2 jar at " + h2Jar
    def loader = new URLClassLoader([h2Jar.toURI().toURL()] as URL[], ClassLoader.getPlatformClassLoader())
    def driver = loader.loadClass('org.h2.Driver').getDeclaredConstructor().newInstance()
    def props = new Properties()
    props.setProperty('user', 'sa')
    props.setProperty('password', '')
    String url = 'jdbc:h2:file:' + new File(basedir, 'target/migrate/h2').absolutePath + ';IFEXISTS=TRUE'
    Connection connection = driver.connect(url, props)
    try {
        def rows = { String sql ->
            def result = []
            def rs = connection.createStatement().executeQuery(sql)
            while (rs.next()) {
                result << rs.getString(1)
            }
            result
        }
        body(rows)
    } finally {
        connection.close()
        loader.close()
    }
}
