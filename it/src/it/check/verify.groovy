// check fails behind heads and after an edit to an applied revision, passes at heads; upgrade refuses the edit
// until resolve accepts it with a reason.
def log = evaluate(new File(itSupport, 'buildlog.groovy'))

log.expect(1, 'migrate: upgrade d1a2b3c4d5e6 "create orders" (', 'migrate: status NOT up to date', '  pending: e2b3c4d5e6f7',
        'migrate: the database is not up to date: 1 pending revision(s) (e2b3c4d5e6f7): run mvn migrate:upgrade',
        'BUILD FAILURE')

log.expect(2, 'migrate: upgrade e2b3c4d5e6f7 "add orders.note" (', 'migrate: status up to date',
        'migrate: no JPA entities (classes annotated @Entity, @Embeddable or @MappedSuperclass) in ',
        ', so there are no models to compare', 'BUILD SUCCESS')

log.expect(3, 'migrate: downgrade e2b3c4d5e6f7 "add orders.note" (', 'migrate: status NOT up to date',
        '  changed since applied: d1a2b3c4d5e6',
        'migrate: the database is not up to date: 1 pending revision(s) (e2b3c4d5e6f7): run mvn migrate:upgrade;'
        + ' applied revision(s) whose source changed d1a2b3c4d5e6: restore their source, or move the change into a new revision',
        'BUILD FAILURE')

log.expect(4, 'migrate: upgrade to migrate.target=heads stopped: The source of applied revisions changed since they were'
        + ' applied: d1a2b3c4d5e6', 'to run anyway, turn checksum validation off: validateChecksums(false) on the'
        + ' Migrator builder, or -Dmigrate.validateChecksums=false with the Maven plugin', 'BUILD FAILURE')
log.expect(4, 'accept the new checksum of each revision, with a reason the history table keeps: mvn migrate:resolve'
        + ' -Dmigrate.revision=d1a2b3c4d5e6 -Dmigrate.acceptChecksum=true -Dmigrate.reason="<why>"')
log.absent(4, 'migrate: upgrade e2b3c4d5e6f7')

log.expect(5, 'migrate: accepting the changed checksum of d1a2b3c4d5e6 needs a reason, which the history table keeps;'
        + ' set migrate.reason', 'BUILD FAILURE')

log.expect(6, 'migrate: accepted the changed checksum of d1a2b3c4d5e6 (now ', '): column-widened-by-hand',
        'migrate: upgrade e2b3c4d5e6f7 "add orders.note" (', '; checksum accepted ', ': column-widened-by-hand)',
        'BUILD SUCCESS')
log.expectNoPoolLines()

def withH2 = evaluate(new File(itSupport, 'h2.groovy'))
withH2 { rows ->
    assert rows('SELECT version_num FROM migrate_version') == ['e2b3c4d5e6f7']
    assert rows("SELECT CONCAT(revision, ' ', direction, ' ', status) FROM migrate_history ORDER BY id") ==
            ['d1a2b3c4d5e6 upgrade applied', 'e2b3c4d5e6f7 upgrade applied', 'e2b3c4d5e6f7 downgrade applied',
             'd1a2b3c4d5e6 checksum accepted', 'e2b3c4d5e6f7 upgrade applied']
    assert rows("SELECT message FROM migrate_history WHERE direction = 'checksum'") == ['column-widened-by-hand']
    // The edit never ran: the column keeps the width of the applied source.
    assert rows("SELECT CHARACTER_MAXIMUM_LENGTH FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'ORDERS'"
            + " AND COLUMN_NAME = 'CUSTOMER'") == ['100']
    assert rows("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'ORDERS' ORDER BY ORDINAL_POSITION") ==
            ['ID', 'CUSTOMER', 'NOTE']
}
true
