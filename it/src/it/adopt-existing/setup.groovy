// A database that predates migrate: the users table as the first two revisions would leave it, and a
// table of another tool's.
def jdbc = evaluate(new File(itSupport, 'jdbc.groovy'))
String url = 'jdbc:h2:file:' + new File(basedir, 'legacy/h2').absolutePath
jdbc("com/h2database/h2/${h2Version}/h2-${h2Version}.jar", 'org.h2.Driver', url, [user: 'sa', password: ''], { db ->
    db.execute('DROP ALL OBJECTS')
    db.execute('CREATE TABLE users (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL, email VARCHAR(255))')
    db.execute('CREATE TABLE audit_log (id BIGINT)')
})
true
