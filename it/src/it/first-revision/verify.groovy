// Runs after the three builds of invoker.properties: the first revision of a project.
String log = new File(basedir, 'build.log').getText('UTF-8')

void expect(String log, String text) {
    assert log.contains(text): "build.log lacks: " + text
}

// Build 1: asked for the package, wrote nothing.
expect(log, 'migrate: the project has no revisions yet, so there is no package to put the first one in; set'
        + ' migrate.package, such as -Dmigrate.package=com.example.db. Nothing was written')

// Build 2: a base revision, revising nothing.
File file = new File(basedir, 'src/main/java/com/example/db/CreateUsers.java')
assert file.isFile(): 'no ' + file
assert file.getText('UTF-8').contains('@Revision(id = "a1b2c3d4e5f6", message = "create users")\npublic final class CreateUsers implements Migration {')
expect(log, 'migrate: revision a1b2c3d4e5f6 is a base (it revises nothing), "create users"')

// Build 3: applied.
expect(log, 'migrate: upgrade a1b2c3d4e5f6 "create users" (')
def withH2 = evaluate(new File(itSupport, 'h2.groovy'))
withH2 { rows ->
    assert rows('SELECT version_num FROM migrate_version') == ['a1b2c3d4e5f6']
}
true
