// Runs after the three builds of invoker.properties: a revision written from JPA entities.
String log = new File(basedir, 'build.log').getText('UTF-8')

void expect(String log, String text) {
    assert log.contains(text): "build.log lacks: " + text
}

// Build 1: the first revision, with both tables, the foreign key, the unique email and the index.
File file = new File(basedir, 'src/main/java/com/example/db/CreateGuestsAndBookings.java')
assert file.isFile(): 'no ' + file
String source = file.getText('UTF-8')
expect(log, 'migrate: compared the entities with the database, at base (there are no revisions)')
assert source.contains("// Not compared: defaults, identity, sequences beyond the entities', check constraints of existing tables,"): source
assert source.contains('op.createTable(Table.named("guest")'): source
assert source.contains('.column(Column.of("email", SqlType.varchar(120)).notNull())'): source
assert source.contains('.unique(Unique.of("email").named("uq_guest_email"))'): source
assert source.contains('.foreignKey(ForeignKey.of("guest_id", "guest", "id").named("fk_booking_guest_id_guest")));'): source
assert source.contains('op.createIndex(Index.of("ix_booking_day", "booking", "day"));'): source
assert source.indexOf('op.dropTable("booking");') < source.indexOf('op.dropTable("guest");'): source

// Hibernate's own INFO lines stay out of the build's output.
assert !log.contains('HHH000001'): 'Hibernate logged its version'

// Build 2: applied, and the entities match.
expect(log, 'migrate: upgrade a1b2c3d4e5f6 "create guests and bookings" (')
expect(log, 'migrate: the entities match the database')
def withH2 = evaluate(new File(itSupport, 'h2.groovy'))
withH2 { rows ->
    assert rows('SELECT version_num FROM migrate_version') == ['a1b2c3d4e5f6']
    assert rows("SELECT column_name FROM information_schema.columns WHERE table_name = 'BOOKING' ORDER BY ordinal_position")
            .collect { it.toLowerCase() }.toSet() == ['id', 'day', 'checkin', 'price', 'notes', 'guest_id'].toSet()
}

// Build 3: a drift, listed and failing.
expect(log, '[ERROR] migrate: table booking, column check_in: expected date, actual missing')
expect(log, '[ERROR] migrate: table booking, column checkin: expected missing, actual date')
expect(log, 'migrate: the entities and the database differ in 2 places')
true
