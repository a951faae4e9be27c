// Runs after the builds of invoker.properties: asserts on their log and on the H2 database.
String log = new File(basedir, 'build.log').getText('UTF-8')

void expect(String log, String text) {
    assert log.contains(text): "build.log lacks: " + text
}

// Build 1: both revisions, then dev's seeds in the order of their revisions (demo_users after a1, roles after b2).
expect(log, 'migrate: upgraded to heads: 2 revision(s) applied')
expect(log, 'migrate: seeded environment dev: 2 seed(s) loaded (demo_users, roles), each cleaned first')
// Build 2: nothing to do, and the advice names the goal that reloads.
expect(log, 'migrate: nothing to seed for environment dev; 2 loaded already and unchanged (demo_users, roles): to load'
        + ' them again, mvn migrate:seed -Dmigrate.force=true, or start over with mvn migrate:reset')
// Build 3: another environment gets only the seeds for every environment, forced.
expect(log, 'migrate: seeded environment test: 1 seed(s) loaded (roles), each cleaned first')
// Build 4: the reset.
expect(log, 'migrate: reset: 2 revision(s) reverted, 2 applied; seeded environment dev: 2 seed(s) loaded'
        + ' (demo_users, roles), each cleaned first')
// Build 5, the last: refused before writing, naming the option and the database (the file database h2).
int refused = log.indexOf('reset reverts every revision, applies them again and reloads the seeds, and the environment'
        + ' prod is production: confirm it by naming the database, -Dmigrate.confirm=H2. Nothing was written')
assert refused > 0: 'build.log lacks the refusal of the reset in production'
assert log.indexOf('BUILD FAILURE') > log.indexOf('migrate: reset: 2 revision(s)'): 'a build before the last failed'

def withH2 = evaluate(new File(itSupport, 'h2.groovy'))
withH2 { rows ->
    assert rows('SELECT version_num FROM migrate_version') == ['b2c4e6a8d0f1']
    assert rows('SELECT id || \' \' || name FROM users ORDER BY id') == ['1000 Ann Example', '1001 Bob, the tester']
    assert rows('SELECT name FROM roles ORDER BY name') == ['admin', 'reader']
    // Each load and clean is a history row with direction seed and the seed's checksum; build 2 added none.
    assert rows("SELECT revision || ' ' || status FROM migrate_history WHERE direction = 'seed' ORDER BY id") == [
        'roles cleaned', 'demo_users cleaned', 'demo_users loaded', 'roles loaded',
        'roles cleaned', 'roles loaded',
        'roles cleaned', 'demo_users cleaned', 'demo_users loaded', 'roles loaded']
    assert rows("SELECT COUNT(*) FROM migrate_history WHERE direction = 'seed' AND checksum IS NULL") == ['0']
}
