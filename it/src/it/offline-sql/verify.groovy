// Runs after the builds of invoker.properties: asserts on the scripts written and on build.log.
String log = new File(basedir, 'build.log').getText('UTF-8')

void expect(String text, String part, String what) {
    assert text.contains(part): what + " lacks: " + part
}

expect(log, 'migrate: wrote the upgrade script of 2 revision(s) to ', 'build.log')
expect(log, 'migrate: wrote the downgrade script of 2 revision(s) to ', 'build.log')
expect(log, 'migrate.dialect is "oracle"; give postgresql, mysql, mariadb or h2', 'build.log')
expect(log, 'migrate: set migrate.dialect (postgresql, mysql, mariadb or h2)', 'build.log')
expect(log, 'without a database give migrate.range, such as base:heads', 'build.log')
assert !log.contains('migrate: database '): 'no goal connected to a database'
assert !new File(basedir, 'target/migrate').exists(): 'no embedded database was created'

String up = new File(basedir, 'target/sql/upgrade.sql').getText('UTF-8')
[
    '-- migrate upgrade base:heads (PostgreSQL)\n\nCREATE TABLE IF NOT EXISTS "migrate_version" (version_num VARCHAR(64) NOT NULL PRIMARY KEY);\n\n',
    'CREATE TABLE IF NOT EXISTS "migrate_history" (',
    // From base, after creating the tables: they must be empty.
    'IF NOT (SELECT COUNT(*) = 0 FROM "migrate_version") THEN',
    '-- Running upgrade base -> 1f2e3d4c5b6a: create accounts\n\nBEGIN;\n\nCREATE TABLE "accounts" ("id" INTEGER NOT NULL, "owner" VARCHAR(80) NOT NULL, "plan" VARCHAR(20), PRIMARY KEY ("id"));\n\n',
    'INSERT INTO "accounts" ("id", "owner") VALUES (1, \'Pat O\'\'Brien\');\n\n',
    'INSERT INTO "migrate_version" (version_num) VALUES (\'1f2e3d4c5b6a\');\n\n',
    "VALUES ('1f2e3d4c5b6a', 'upgrade', 'create accounts', ",
    // The base revision's lineage: it stands on nothing.
    "CURRENT_TIMESTAMP, 0, NULL, CURRENT_USER, TRUE, '');\n\nCOMMIT;\n\n",
    // Not transactional: no BEGIN around it.
    '-- Running upgrade 1f2e3d4c5b6a -> 2a3b4c5d6e7f: backfill plans\n\nUPDATE accounts SET plan = \'free\' WHERE plan IS NULL;\n\n',
    'UPDATE "migrate_version" SET version_num = \'2a3b4c5d6e7f\' WHERE version_num = \'1f2e3d4c5b6a\';\n\n',
].each { expect(up, it, 'upgrade.sql') }
assert up.count('BEGIN;') == 1 && up.count('COMMIT;') == 1

String down = new File(basedir, 'target/sql/downgrade.sql').getText('UTF-8')
[
    '-- migrate downgrade heads:base (PostgreSQL)\n\n-- Stops the script unless the version table holds exactly 2a3b4c5d6e7f',
    // The check before the first revision: the table must hold exactly the range's start.
    "IF NOT (SELECT COUNT(*) = 1 AND COUNT(CASE WHEN version_num IN ('2a3b4c5d6e7f') THEN 1 END) = 1 FROM \"migrate_version\") THEN",
    "RAISE EXCEPTION USING MESSAGE = 'migrate: this script starts from 2a3b4c5d6e7f but the version table migrate_version holds '",
    '$migrate$;\n\n-- Running downgrade 2a3b4c5d6e7f -> 1f2e3d4c5b6a: backfill plans\n\nUPDATE accounts SET plan = NULL;\n\n',
    '-- Running downgrade 1f2e3d4c5b6a -> base: create accounts\n\nBEGIN;\n\nDROP TABLE "accounts";\n\nDELETE FROM "migrate_version" WHERE version_num = \'1f2e3d4c5b6a\';\n\n',
].each { expect(down, it, 'downgrade.sql') }
assert down.endsWith('COMMIT;\n\n')
assert !down.contains('CREATE TABLE IF NOT EXISTS'): 'a downgrade does not create the bookkeeping tables'
// MIGRATE_DIALECT=mariadb, with no parameter: a MySQL script.
String fromEnv = new File(basedir, 'target/sql/from-env.sql').getText('UTF-8')
expect(fromEnv, '-- migrate upgrade base:heads (MySQL/MariaDB)', 'from-env.sql')
expect(fromEnv, 'CREATE TABLE `accounts`', 'from-env.sql')
true
