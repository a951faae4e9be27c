// The one-line round trip in a user's build: passes on revisions that undo themselves, fails the revision whose
// downgrade forgets its index, naming it, and nothing else.
def log = evaluate(new File(itSupport, 'buildlog.groovy'))

log.expect(1, 'Tests run: 12, Failures: 0, Errors: 0, Skipped: 0', 'BUILD SUCCESS')

log.expect(2, 'downgrading c3d4e5f6a1b2 index customer names does not give back the schema before its upgrade:'
        + ' index CUSTOMERS_NAME_IDX (NAME) on table CUSTOMERS added',
        'Tests run: 12, Failures: 1, Errors: 0, Skipped: 0', 'BUILD FAILURE')

// The report has the one failure, of that revision's up-down check (Surefire names it upDownConsistency()[3];
// the message names the revision).
String report = new File(basedir, 'target/surefire-reports/TEST-com.example.db.MigrationsTest.xml').getText('UTF-8')
def failures = (report =~ /<testcase name="([^"]*)"[^>]*>\s*<failure message="([^"]*)"/).collect { it[1] + ': ' + it[2] }
assert failures == ['upDownConsistency()[3]: downgrading c3d4e5f6a1b2 index customer names does not give back the'
        + ' schema before its upgrade: index CUSTOMERS_NAME_IDX (NAME) on table CUSTOMERS added']: failures
true
