package dev.migrate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.Migrator;
import dev.migrate.diff.ChangeSource;
import dev.migrate.diff.SchemaChange;
import dev.migrate.diff.SchemaDiff;
import dev.migrate.diff.SchemaModel;
import dev.migrate.schema.SqlType;
import dev.migrate.spi.RevisionDescriptor;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Autogenerate as a project goes through it, without Maven: entities compiled, the difference
 * with the database written as a revision, that revision compiled with the processor and applied,
 * then the entities changed and the next revision written, on each database.
 */
class AutogenerateTest {

    private static final String GUEST = """
            package shop;
            import jakarta.persistence.*;
            import java.util.List;
            @Entity @Table(name = "guest")
            public class Guest {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(nullable = false, unique = true, length = 120) String email;
                @OneToMany(mappedBy = "guest") List<Booking> bookings;
            }
            """;

    private static final String BOOKING = """
            package shop;
            import jakarta.persistence.*;
            @Entity @Table(name = "booking", indexes = @Index(name = "ix_booking_day", columnList = "day"))
            public class Booking {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @ManyToOne(optional = false) Guest guest;
                java.time.LocalDate day;
                java.math.BigDecimal price;
                boolean paid;
                %s
            }
            """;

    private static final String HOTEL = """
            package shop;
            import jakarta.persistence.*;
            @Entity @Table(name = "hotel")
            public class Hotel {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(nullable = false, unique = true, length = 80) String name;
            }
            """;

    private static final String ROOM = """
            package shop;
            import jakarta.persistence.*;
            @Entity @Table(name = "room")
            public class Room {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(nullable = false, length = 40) String name;
            }
            """;

    @TempDir
    Path dir;

    private final Map<String, String> revisions = new LinkedHashMap<>();
    private int builds;

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void writesEachRevisionFromTheEntitiesAndItsDowngradeUndoesIt(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            Map<String, String> entities = new LinkedHashMap<>(Map.of("shop.Guest", GUEST,
                    "shop.Booking", BOOKING.formatted(""), "shop.Hotel", HOTEL));
            List<SchemaChange> first = generate(db, entities, "create guests, bookings and hotels");
            assertEquals(List.of("CreateTable guest", "CreateTable booking", "CreateTable hotel"), kinds(first));
            SchemaChange.CreateTable booking = (SchemaChange.CreateTable) first.get(1);
            assertEquals("guest", booking.definition().foreignKeys().get(0).referencedTable().toLowerCase());
            assertEquals(List.of("day"), booking.indexes().get(0).columns().stream().map(String::toLowerCase).toList());
            assertEquals(List.of("email"), ((SchemaChange.CreateTable) first.get(0)).definition().uniques().get(0)
                    .columns().stream().map(String::toLowerCase).toList());

            upgrade(db, entities);
            assertEquals(List.of(), generate(db, entities, null), "the entities match the database at heads");

            entities.put("shop.Booking", BOOKING.formatted("String notes;"));
            entities.put("shop.Room", ROOM);
            SchemaModel before = read(db);
            List<SchemaChange> second = generate(db, entities, "add booking notes");
            assertEquals(List.of("CreateTable room", "AddColumn booking"), kinds(second));
            SchemaChange.AddColumn notes = (SchemaChange.AddColumn) second.get(1);
            assertEquals(SqlType.varchar(255), notes.column().type());
            upgrade(db, entities);
            assertEquals(List.of(), generate(db, entities, null));
            try (Migrator migrator = migrator(db, compile(entities))) {
                migrator.downgrade("-1");
            }
            assertEquals(List.of(), SchemaDiff.between(before, read(db), kind.name().toLowerCase()),
                    "the downgrade restores the schema before the revision");
            assertEquals(before, read(db), "to every name and type");

            upgrade(db, entities);
            entities.put("shop.Booking", BOOKING.formatted("String notes;").replace("java.math.BigDecimal price;", ""));
            List<SchemaChange> third = generate(db, entities, "drop booking price");
            assertEquals(List.of("DropColumn booking"), kinds(third));
            assertEquals("price", ((SchemaChange.DropColumn) third.get(0)).column().name().toLowerCase());
            upgrade(db, entities);
            assertEquals(List.of(), generate(db, entities, null));
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void addsAndDropsIndexesUniqueConstraintsAndForeignKeysOfExistingTables(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            Map<String, String> entities = new LinkedHashMap<>(Map.of("shop.Guest", GUEST, "shop.Room", ROOM,
                    "shop.Booking", BOOKING.formatted("")));
            generate(db, entities, "create the tables");
            upgrade(db, entities);

            entities.put("shop.Room", ROOM.replace("@Table(name = \"room\")",
                    "@Table(name = \"room\", uniqueConstraints = @UniqueConstraint(name = \"uq_room_name\","
                            + " columnNames = \"name\"))"));
            entities.put("shop.Booking", BOOKING.formatted("@ManyToOne Room room;")
                    .replace("indexes = @Index(name = \"ix_booking_day\", columnList = \"day\")", "indexes = {@Index(name ="
                            + " \"ix_booking_day\", columnList = \"day\"), @Index(name = \"ix_booking_paid_day\","
                            + " columnList = \"paid, day\")}"));
            SchemaModel before = read(db);
            List<SchemaChange> changes = generate(db, entities, "index and constrain");
            assertEquals(List.of("AddColumn booking", "CreateIndex booking", "AddUnique room",
                    "AddForeignKey booking"), kinds(changes));
            upgrade(db, entities);
            assertEquals(List.of(), generate(db, entities, null));

            try (Migrator migrator = migrator(db, compile(entities))) {
                migrator.downgrade("-1");
            }
            assertEquals(List.of(), SchemaDiff.between(before, read(db), kind.name().toLowerCase()));
            upgrade(db, entities);

            entities.put("shop.Room", ROOM);
            entities.put("shop.Booking", BOOKING.formatted(""));
            List<SchemaChange> back = generate(db, entities, "drop them again");
            assertEquals(List.of("DropForeignKey booking", "DropIndex booking", "DropUnique room",
                    "DropColumn booking"), kinds(back));
            upgrade(db, entities);
            assertEquals(List.of(), generate(db, entities, null));
            assertEquals(List.of(), SchemaDiff.between(before, read(db), kind.name().toLowerCase()));
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void changesAColumnAndReadsADatabaseBehindItsHeadsInAScratchSchema(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            Map<String, String> entities = new LinkedHashMap<>(Map.of("shop.Room", ROOM));
            generate(db, entities, "create rooms");
            upgrade(db, entities);

            entities.put("shop.Room", ROOM.replace("@Column(nullable = false, length = 40)", "@Column(length = 80)"));
            SchemaModel before = read(db);
            List<SchemaChange> changes = generate(db, entities, "longer room names");
            assertEquals(List.of("ChangeColumn room"), kinds(changes));
            SchemaChange.ChangeColumn name = (SchemaChange.ChangeColumn) changes.get(0);
            assertEquals(SqlType.varchar(80), name.alteration().newType());
            assertEquals(Boolean.TRUE, name.alteration().newNullable());

            // Not upgraded: the database is behind its heads, so a scratch schema is upgraded and read instead.
            Path classes = compile(entities);
            try (URLClassLoader loader = loader(classes); Migrator migrator = migrator(db, loader)) {
                ModelDrift drift = drift(db, classes, loader, migrator, List.of());
                assertEquals(List.of(), drift.changes());
                assertTrue(drift.actual().source().startsWith("a scratch "), drift.actual().source());
                assertEquals(List.of("000000000001"), migrator.current());
            }
            assertEquals(List.of(), SchemaDiff.between(before, read(db), kind.name().toLowerCase()),
                    "the database itself is unchanged");

            upgrade(db, entities);
            assertEquals(List.of(), generate(db, entities, null));
            try (Migrator migrator = migrator(db, compile(entities))) {
                migrator.downgrade("-1");
            }
            assertEquals(List.of(), SchemaDiff.between(before, read(db), kind.name().toLowerCase()));

            // An ignored table (migrate.ignoredTables) is left out, whatever the case it is named in.
            entities.put("shop.Hotel", HOTEL);
            assertEquals(List.of("CreateTable hotel"), kinds(generate(db, entities, null)));
            Path withHotel = compile(entities);
            try (URLClassLoader loader = loader(withHotel); Migrator migrator = migrator(db, loader)) {
                assertEquals(List.of(), drift(db, withHotel, loader, migrator, List.of("HOTEL", "room")).changes());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void createsTheSequenceOfIdsHibernateGeneratesItself(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            Map<String, String> entities = new LinkedHashMap<>(Map.of("shop.Room",
                    ROOM.replace("@GeneratedValue(strategy = GenerationType.IDENTITY)", "@GeneratedValue")));
            List<SchemaChange> changes = generate(db, entities, "create rooms");
            if (kind == DatabaseKind.MYSQL && !sequences(db)) {
                // MySQL has no sequences: Hibernate keeps the next id in a table, which needs its first row.
                assertEquals(List.of("CreateTable room", "CreateTable room_seq"), kinds(changes));
                assertEquals(1, ((SchemaChange.CreateTable) changes.get(1)).initSql().size());
                upgrade(db, entities);
                assertEquals(List.of(), generate(db, entities, null));
                try (Connection c = db.dataSource().getConnection(); java.sql.Statement s = c.createStatement();
                        java.sql.ResultSet next = s.executeQuery("SELECT next_val FROM room_SEQ")) {
                    assertTrue(next.next());
                    assertEquals(1, next.getLong(1));
                }
                return;
            }
            assertEquals(List.of("CreateSequence room_seq", "CreateTable room"), kinds(changes));
            assertEquals(50, ((SchemaChange.CreateSequence) changes.get(0)).sequence().increment());
            upgrade(db, entities);
            assertEquals(List.of(), generate(db, entities, null));
            try (Connection c = db.dataSource().getConnection();
                    java.sql.Statement s = c.createStatement();
                    java.sql.ResultSet next = s.executeQuery(kind == DatabaseKind.POSTGRESQL
                            ? "SELECT nextval('room_seq')" : "SELECT NEXT VALUE FOR room_SEQ")) {
                assertTrue(next.next());
                assertEquals(1, next.getLong(1), "the sequence Hibernate asks for its ids");
            }
            try (Migrator migrator = migrator(db, compile(entities))) {
                migrator.downgrade("base");
            }
            assertEquals(List.of(), read(db).tables());
            assertEquals(List.of(), read(db).sequences());
        }
    }

    /** Whether Hibernate maps for a database with sequences: the MySQL driver names a MariaDB server MySQL. */
    private static boolean sequences(TestDatabase db) throws Exception {
        try (Connection c = db.dataSource().getConnection()) {
            return !c.getMetaData().getDatabaseProductName().equalsIgnoreCase("MySQL");
        }
    }

    /** The changes from the database at heads to the entities, written as the next revision when a message is given. */
    private List<SchemaChange> generate(TestDatabase db, Map<String, String> entities, String message) throws Exception {
        Path classes = compile(entities);
        try (URLClassLoader loader = loader(classes); Migrator migrator = migrator(db, loader)) {
            ModelDrift drift = drift(db, classes, loader, migrator, List.of());
            if (message != null) {
                String id = String.format("%012x", revisions.size() + 1);
                String name = "db.Revision" + (revisions.size() + 1);
                RevisionDescriptor revision = new RevisionDescriptor(id, migrator.heads(), List.of(), List.of(), message,
                        true, null, name);
                revisions.put(name, RevisionSource.render(revision, false, new RevisionSource.Body(List.of("generated"),
                        ChangeSource.of(drift.changes())), StandardCharsets.UTF_8));
            }
            return drift.changes();
        }
    }

    /** The entities against the database, as the goals compare them, the revisions' loader the context's. */
    private static ModelDrift drift(TestDatabase db, Path classes, ClassLoader loader, Migrator migrator,
            List<String> ignored) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            EntityModel model = new EntityModel(classes, List.of(classes.toString()), null, null);
            return ModelDrift.compare(model, migrator, db.dataSource(), ignored, System.getLogger("test"), line -> {})
                    .orElseThrow();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private void upgrade(TestDatabase db, Map<String, String> entities) throws Exception {
        try (URLClassLoader loader = loader(compile(entities)); Migrator migrator = migrator(db, loader)) {
            migrator.upgrade("heads");
        }
    }

    private Path compile(Map<String, String> entities) throws Exception {
        Map<String, String> sources = new LinkedHashMap<>(entities);
        sources.putAll(revisions);
        return EntitySources.compile(dir.resolve("build" + ++builds), sources, "dev.migrate.processor.RevisionProcessor");
    }

    private static URLClassLoader loader(Path classes) throws Exception {
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, AutogenerateTest.class.getClassLoader());
    }

    private static Migrator migrator(TestDatabase db, Path classes) throws Exception {
        return migrator(db, loader(classes));
    }

    private static Migrator migrator(TestDatabase db, ClassLoader loader) {
        return Migrator.builder().dataSource(db.dataSource()).classLoader(loader).build();
    }

    private static SchemaModel read(TestDatabase db) throws Exception {
        try (Connection c = db.dataSource().getConnection()) {
            return SchemaModel.read(c).without(List.of("migrate_version", "migrate_history", "migrate_version_lock"));
        }
    }

    /** Each change's kind and table, such as {@code AddColumn booking}. */
    private static List<String> kinds(List<SchemaChange> changes) {
        List<String> kinds = new ArrayList<>();
        changes.forEach(c -> kinds.add(c.getClass().getSimpleName() + " " + c.table().toLowerCase()));
        assertTrue(kinds.size() == changes.size());
        return kinds;
    }
}
