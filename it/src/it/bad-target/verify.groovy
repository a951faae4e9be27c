// The bad targets fail with messages that name migrate.target, and change nothing.
import java.sql.Connection

String log = new File(basedir, 'build.log').getText('UTF-8')

void expect(String log, String text) {
    assert log.contains(text): "build.log lacks: " + text
}

expect(log, 'migrate: upgrade a1f0c3e5b7d9 "create users" (')
expect(log, 'migrate: upgraded to +1: 1 revision(s) applied')
expect(log, "migrate: upgrade to migrate.target=nope stopped: No revision or branch label is named 'nope'")
expect(log, 'migrate: downgrade needs a target; set migrate.target')
expect(log, 'migrate: current a1f0c3e5b7d9')
assert !log.contains('migrate: upgrade b2e4d6f8a0c1'): 'the bad target applied a revision'
assert !log.contains('migrate: downgrade a1f0c3e5b7d9'): 'the missing target reverted a revision'

// Revisions in a dev.migrate.* package of the project load from the project, not the plugin.
File h2Jar = new File(localRepositoryPath, "com/h2database/h2/${h2Version}/h2-${h2Version}.jar")
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
    assert rows('SELECT version_num FROM migrate_version') == ['a1f0c3e5b7d9']
    assert rows('SELECT revision FROM migrate_history ORDER BY id') == ['a1f0c3e5b7d9']
    assert rows("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'USERS' ORDER BY ORDINAL_POSITION") ==
            ['ID', 'NAME']
} finally {
    connection.close()
    loader.close()
}
true
