// Runs after the builds of invoker.properties: asserts on the scripts written and on build.log.
String log = new File(basedir, 'build.log').getText('UTF-8')

void expect(String text, String part, String what) {
    assert text.contains(part): what + " lacks: " + part
}

expect(log, 'migrate: wrote the upgrade script of 2 revision(s) to ', 'build.log')
expect(log, 'migrate: wrote the downgrade script of 2 revision(s) to ', 'build.log')
expect(log, 'migrate: sql for migrate.dialect=oracle stopped: Unknown database dialect "oracle"', 'build.log')
expect(log, 'migrate: set migrate.dialect (postgresql, mysql, mariadb or h2)', 'build.log')
assert !log.contains('migrate: database '): 'no goal connected to a database'
assert !new File(basedir, 'target/migrate').exists(): 'no embedded database was created'

String up = new File(basedir, 'target/sql/upgrade.sql').getText('UTF-8')
[
    '-- migrate upgrade base:heads (PostgreSQL)\n\nCREATE TABLE IF NOT EXISTS "migrate_version" (version_num VARCHAR(64) NOT NULL PRIMARY KEY);\n\n',
    'CREATE TABLE IF NOT EXISTS "migrate_history" (',
    '-- Running upgrade base -> 5a0c1e2f3b4d: create catalog\n\nBEGIN;\n\nCREATE TABLE "categories" (',
    'INSERT INTO "categories" ("id", "name") VALUES (1, \'books\');\n\n',
    'CREATE VIEW category_sizes AS\n',
    'INSERT INTO products (category_id, price) VALUES (1, 12.50);\n\n',
    'INSERT INTO "migrate_version" (version_num) VALUES (\'5a0c1e2f3b4d\');\n\n',
    "VALUES ('5a0c1e2f3b4d', 'upgrade', 'create catalog', ",
    '-- Running upgrade 5a0c1e2f3b4d -> 6b1d2f3a4c5e: index products\n\nBEGIN;\n\nCREATE INDEX "ix_products_category" ON "products" ("category_id", "price");\n\n',
    'UPDATE "migrate_version" SET version_num = \'6b1d2f3a4c5e\' WHERE version_num = \'5a0c1e2f3b4d\';\n\n',
].each { expect(up, it, 'upgrade.sql') }
assert up.endsWith('COMMIT;\n\n')
assert up.count('BEGIN;') == 2 && up.count('COMMIT;') == 2

String down = new File(basedir, 'target/sql/downgrade.sql').getText('UTF-8')
[
    '-- migrate downgrade heads:base (PostgreSQL)\n\n-- Running downgrade 6b1d2f3a4c5e -> 5a0c1e2f3b4d: index products\n\nBEGIN;\n\nDROP INDEX "ix_products_category";\n\n',
    'DROP VIEW category_sizes;\n\nDROP TABLE "products";\n\nDROP TABLE "categories";\n\n',
    'DELETE FROM "migrate_version" WHERE version_num = \'5a0c1e2f3b4d\';\n\n',
].each { expect(down, it, 'downgrade.sql') }
assert !down.contains('CREATE TABLE IF NOT EXISTS'): 'a downgrade does not create the bookkeeping tables'
true
