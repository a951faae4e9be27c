// Opens the test database with the PostgreSQL driver from the local repository.
import java.sql.Connection

class Postgres {
    static Connection connect(File localRepositoryPath, String version) {
        File jar = new File(localRepositoryPath, "org/postgresql/postgresql/${version}/postgresql-${version}.jar")
        assert jar.isFile(): 'no PostgreSQL driver at ' + jar
        def loader = new URLClassLoader([jar.toURI().toURL()] as URL[], ClassLoader.getPlatformClassLoader())
        def driver = loader.loadClass('org.postgresql.Driver').getDeclaredConstructor().newInstance()
        def props = new Properties()
        props.setProperty('user', 'postgres')
        return driver.connect('jdbc:postgresql://127.0.0.1:5432/test', props)
    }
}
