// Runs after the two builds of invoker.properties: asserts on their log and on the H2 database.
String log = new File(basedir, 'build.log').getText('UTF-8')

void expect(String log, String text) {
    assert log.contains(text): "build.log lacks: " + text
}

expect(log, 'migrate: upgrade 5a0c1e2f3b4d "create catalog" (')
expect(log, 'migrate: upgrade 6b1d2f3a4c5e "index products" (')
expect(log, 'migrate: downgrade 5a0c1e2f3b4d "create catalog" (')
expect(log, 'migrate: status up to date')
assert !log.contains('BUILD FAILURE')

def withH2 = evaluate(new File(itSupport, 'h2.groovy'))
withH2 { rows ->
    assert rows('SELECT version_num FROM migrate_version') == ['6b1d2f3a4c5e']
    assert rows("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME NOT LIKE 'MIGRATE%' ORDER BY TABLE_NAME") ==
            ['CATEGORIES', 'CATEGORY_SIZES', 'PRODUCTS']
    assert rows("SELECT name || '=' || products FROM category_sizes ORDER BY name") == ['books=1', 'music=0']
    assert rows("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_SCHEMA = 'PUBLIC' AND INDEX_NAME = 'IX_PRODUCTS_CATEGORY'") ==
            ['IX_PRODUCTS_CATEGORY']
    assert rows("SELECT CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS WHERE TABLE_NAME = 'PRODUCTS' AND CONSTRAINT_TYPE <> 'PRIMARY KEY' ORDER BY 1") ==
            ['CK_PRODUCTS_PRICE', 'FK_PRODUCTS_CATEGORY_ID_CATEGORIES']
}
true
