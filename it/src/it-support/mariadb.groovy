// The local MariaDB (127.0.0.1:3306, user root, empty password), through MySQL Connector/J.
// maria.database is this project's database for the run, migrate_it_<run>_<project> as its pom names it:
// the project's setup.groovy creates it, its verify.groovy drops it. maria.open { db -> ... }: see jdbc.groovy.
def jdbc = evaluate(new File(itSupport, 'jdbc.groovy'))

return [
    database: "migrate_it_${itRun}_${basedir.name.replace('-', '_')}".toString(),
    open: { Closure body ->
        jdbc("com/mysql/mysql-connector-j/${mysqlVersion}/mysql-connector-j-${mysqlVersion}.jar", 'com.mysql.cj.jdbc.Driver',
                'jdbc:mysql://127.0.0.1:3306/?sslMode=DISABLED&allowPublicKeyRetrieval=true',
                [user: 'root', password: ''], body)
    },
]
