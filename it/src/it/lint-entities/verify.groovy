// Runs after the builds of invoker.properties: asserts on build.log.
String log = new File(basedir, 'build.log').getText('UTF-8')

void expect(String text, String part) {
    assert text.contains(part): "build.log lacks: " + part
}

int count(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1
}

String finding = 'drop-column-in-use] 2b2b2b2b2b2b (com.example.db.DropNickname, line 15) dropColumn("guest", "nickname"):' +
        ' drops column guest.nickname, which is still mapped by com.example.shop.Guest.nickname Safely: the entities of this' +
        ' build still map the column, so the application fails once it is gone: first stop mapping it in the entity'

// Build 1: the entities are read, the finding fails the build beside the allowed drop-column.
expect(log, 'migrate: 1 JPA classes in ')
expect(log, 'migrate: drops are checked against the 1 tables the entities map (drop-table-in-use, drop-column-in-use)')
expect(log, '[ERROR] error [' + finding)
expect(log, '[INFO] allowed [drop-column] 2b2b2b2b2b2b (com.example.db.DropNickname, line 15)')
expect(log, 'migrate: Linted 2 revisions: 1 error, 0 other, 1 allowed')
// Build 2: a warning, from lintRules.
expect(log, '[WARNING] warn [' + finding)
expect(log, 'migrate: Linted 2 revisions: 0 errors, 1 other, 1 allowed')
// Build 4: only the pending revision, mapped for the H2 database the goal reads.
expect(log, 'migrate: linted the 1 revision(s) the database has not applied')
expect(log, 'mapped by Hibernate for H2 ')
expect(log, 'migrate: Linted 1 revision: 1 error, 0 other, 1 allowed')
assert count(log, '[ERROR] error [' + finding) == 2: 'builds 1 and 4 fail on the finding'
// Hibernate's own INFO lines stay out of the build's output.
assert !log.contains('HHH000001'): 'Hibernate logged its version'
true
