// Opens a database with a JDBC driver jar from the ITs' local repository and runs the closure with a
// helper: db.rows(sql) returns the first column's values as strings, db.execute(sql) runs a statement.
// Shared by h2.groovy, postgres.groovy and mariadb.groovy: evaluate(new File(itSupport, 'jdbc.groovy')).
import java.sql.Connection

return { String jarPath, String driverClass, String url, Map<String, String> credentials, Closure body ->
    File jar = new File(localRepositoryPath, jarPath)
    assert jar.isFile(): 'no JDBC driver at ' + jar
    def loader = new URLClassLoader([jar.toURI().toURL()] as URL[], ClassLoader.getPlatformClassLoader())
    def props = new Properties()
    credentials.each { key, value -> props.setProperty(key, value) }
    Connection connection = loader.loadClass(driverClass).getDeclaredConstructor().newInstance().connect(url, props)
    assert connection != null: 'the driver does not take the URL ' + url
    def db = [
        rows: { String sql ->
            def result = []
            connection.createStatement().withCloseable { statement ->
                def rs = statement.executeQuery(sql)
                while (rs.next()) {
                    result << rs.getString(1)
                }
            }
            result
        },
        execute: { String sql ->
            connection.createStatement().withCloseable { it.execute(sql) }
        },
    ]
    try {
        body(db)
    } finally {
        connection.close()
        loader.close()
    }
}
