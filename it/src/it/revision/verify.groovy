// Runs after the five builds of invoker.properties: asserts on the written classes, build.log and the H2 database.
import java.util.regex.Matcher

String log = new File(basedir, 'build.log').getText('UTF-8')

void expect(String log, String text) {
    assert log.contains(text): "build.log lacks: " + text
}

// Build 1: no message, nothing written.
expect(log, 'migrate: revision needs a message; set migrate.message, such as -Dmigrate.message="add orders". Nothing was written')

// Build 2: AddOrders.java, with a fresh 12-hex id, revising the head b2e4d6f8a0c1, announced with its path.
File dir = new File(basedir, 'src/main/java/com/example/db')
File first = new File(dir, 'AddOrders.java')
assert first.isFile(): 'no ' + first
String source = first.getText('UTF-8')
Matcher m = source =~ /@Revision\(id = "([0-9a-f]{12})", revises = "b2e4d6f8a0c1", message = "add orders"\)/
assert m.find(): 'unexpected annotation in ' + source
String id = m.group(1)
assert source.contains('public final class AddOrders implements Migration {')
assert source.contains('// TODO the schema change')
expect(log, 'migrate: wrote ' + first.absolutePath)
expect(log, 'migrate: revision ' + id + ' revises b2e4d6f8a0c1, "add orders"')

// Build 3: it compiled and applied; show prints it as the head.
expect(log, 'migrate: upgrade ' + id + ' "add orders" (')
expect(log, 'Rev: ' + id + ' (head)')
expect(log, 'Parent: b2e4d6f8a0c1')
expect(log, 'Class: com.example.db.AddOrders')

// Build 4: the name AddOrders was taken, so AddOrders2, revising the first; the given id and label.
File second = new File(dir, 'AddOrders2.java')
assert second.isFile(): 'no ' + second
// Longer than 100 characters on one line, so one member per line.
assert second.getText('UTF-8').contains('''@Revision(
        id = "d4f6a8c0e2b4",
        revises = "''' + id + '''",
        branchLabels = "shop",
        message = "add orders")
public final class AddOrders2 implements Migration {''')
assert source == first.getText('UTF-8'): 'the first file changed'
expect(log, 'migrate: wrote ' + second.absolutePath)

// Nothing else was written, and the failed build 1 wrote nothing.
assert dir.list().sort() == ['AddOrders.java', 'AddOrders2.java', 'AddUserEmail.java', 'CreateUsers.java']

// Build 5: applied, and history shows the chain.
expect(log, 'migrate: upgrade d4f6a8c0e2b4 "add orders" (')
expect(log, '[x] ' + id + ' -> d4f6a8c0e2b4 (head) (shop), add orders')

def withH2 = evaluate(new File(itSupport, 'h2.groovy'))
withH2 { rows ->
    assert rows('SELECT version_num FROM migrate_version') == ['d4f6a8c0e2b4']
    assert rows("SELECT revision FROM migrate_history WHERE direction = 'upgrade' ORDER BY id") ==
            ['a1f0c3e5b7d9', 'b2e4d6f8a0c1', id, 'd4f6a8c0e2b4']
}
true
