// The compiler, through migrate-processor, names the cycle's revisions in order, once.
def log = evaluate(new File(itSupport, 'buildlog.groovy'))
// Reported on the revises value that closes the circle, and on no other revision.
log.expect(1, 'AddUserEmail.java:[7,42] Revisions form a cycle: "b2e4d6f8a0c1" (com.example.db.AddUserEmail)'
        + ' -> "d4b6f8a0c2e3" (com.example.db.AddUserPhone) -> "c3a5e7b9d1f2" (com.example.db.IndexUserEmail)'
        + ' -> "b2e4d6f8a0c1" (com.example.db.AddUserEmail) (each revises or depends on the next);'
        + ' remove one of these revises or dependsOn entries', 'BUILD FAILURE')
log.absent(1, 'IndexUserEmail.java:[', 'AddUserPhone.java:[', 'CreateUsers.java:[')
log.absent(1, 'migrate-maven-plugin')
assert !new File(basedir, 'target/migrate').exists(): 'a database was created'
true
