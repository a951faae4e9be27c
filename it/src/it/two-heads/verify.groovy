// Runs after the five builds of invoker.properties: the failed compile, the merge, the graph goals
// and the database.
String log = new File(basedir, 'build.log').getText('UTF-8')

void expect(String log, String text) {
    assert log.contains(text): "build.log lacks: " + text
}

// Build 1: the processor names both heads and the way out.
expect(log, 'The revision graph has 2 heads')
expect(log, 'join them with a merge revision (mvn migrate:merge')

// Build 2: the merge revision, written beside the others.
File merge = new File(basedir, 'src/main/java/com/example/db/MergeB2e4d6f8a0c1AndC9d8e7f6a5b4.java')
assert merge.isFile(): 'no ' + merge
String source = merge.getText('UTF-8')
assert source.contains('''@Revision(
        id = "e5f7a9b1c3d6",
        revises = {"b2e4d6f8a0c1", "c9d8e7f6a5b4"},
        message = "merge b2e4d6f8a0c1 and c9d8e7f6a5b4")'''): source
assert source.contains('// Nothing to do: this revision joins the branches.')
expect(log, 'migrate: wrote ' + merge.absolutePath)
expect(log, 'migrate: revision e5f7a9b1c3d6 revises b2e4d6f8a0c1, c9d8e7f6a5b4, "merge b2e4d6f8a0c1 and c9d8e7f6a5b4"')

// Build 3: both branches, then the merge.
int base = log.indexOf('migrate: upgrade a1f0c3e5b7d9 "create users" (')
int email = log.indexOf('migrate: upgrade b2e4d6f8a0c1 "add users.email" (')
int orders = log.indexOf('migrate: upgrade c9d8e7f6a5b4 "create orders" (')
int joined = log.indexOf('migrate: upgrade e5f7a9b1c3d6 "merge b2e4d6f8a0c1 and c9d8e7f6a5b4" (')
// As Alembic 1.8.1 runs them for revises = {b2, c9}: the last parent's branch first.
assert base >= 0 && orders > base && email > orders && joined > email: 'not applied in order'
expect(log, 'migrate: heads e5f7a9b1c3d6')
String indent = ' ' * 'a1f0c3e5b7d9'.length()
expect(log, """[INFO] migrate: branches (newest first)
[INFO] a1f0c3e5b7d9 (branchpoint), create users
[INFO] ${indent} -> b2e4d6f8a0c1, add users.email
[INFO] ${indent} -> c9d8e7f6a5b4, create orders""".toString())

// Build 4: show by prefix; the database URL it was given was never used.
expect(log, '''[INFO] migrate: show a1f0
[INFO] Rev: a1f0c3e5b7d9 (branchpoint)
[INFO] Parent: <base>
[INFO] Branches into: b2e4d6f8a0c1, c9d8e7f6a5b4
[INFO] Class: com.example.db.CreateUsers
[INFO] 
[INFO]     create users''')
assert !log.contains('nowhere'): 'a graph goal used the database URL'

// Build 5: the merge as JSON.
expect(log, '{"schemaVersion":1,"revisions":[{"id":"e5f7a9b1c3d6","revises":["b2e4d6f8a0c1","c9d8e7f6a5b4"],"revisedBy":[],"dependsOn":[],'
        + '"branchLabels":[],"message":"merge b2e4d6f8a0c1 and c9d8e7f6a5b4",'
        + '"className":"com.example.db.MergeB2e4d6f8a0c1AndC9d8e7f6a5b4","head":true,"branchPoint":false,"mergePoint":true}]}')

// Build 6: one head: nothing to merge.
expect(log, 'migrate: nothing to merge: the revisions have 1 head(s) (e5f7a9b1c3d6); merge joins two or more. Nothing was written')

def withH2 = evaluate(new File(itSupport, 'h2.groovy'))
withH2 { rows ->
    assert rows('SELECT version_num FROM migrate_version') == ['e5f7a9b1c3d6']
    assert rows("SELECT revision FROM migrate_history WHERE direction = 'upgrade' ORDER BY id") ==
            ['a1f0c3e5b7d9', 'c9d8e7f6a5b4', 'b2e4d6f8a0c1', 'e5f7a9b1c3d6']
}
true
