// The compiler, through migrate-processor, names the cycle's revisions in order, once.
def log = evaluate(new File(itSupport, 'buildlog.groovy'))
// Reported on the revises value that closes the circle, and on no other revision.
log.expect(1, 'AddTagColor.java:[7,42] Revisions form a cycle: "1b2c3d4e5f60" (com.example.db.AddTagColor)'
        + ' -> "3d4e5f607182" (com.example.db.IndexTagName) -> "2c3d4e5f6071" (com.example.db.AddTagParent)'
        + ' -> "1b2c3d4e5f60" (com.example.db.AddTagColor) (each revises or depends on the next);'
        + ' remove one of these revises or dependsOn entries', 'BUILD FAILURE')
log.absent(1, 'IndexTagName.java:[', 'AddTagParent.java:[', 'CreateTags.java:[')
log.absent(1, 'migrate-maven-plugin')
assert !new File(basedir, 'target/migrate').exists(): 'a database was created'
true
