package dev.migrate;

import dev.migrate.schema.AlterColumn;
import dev.migrate.schema.Check;
import dev.migrate.schema.Column;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.Rows;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.Table;
import dev.migrate.schema.Unique;
import java.time.LocalDate;

/**
 * A booking schema grown over twelve revisions written with the schema API, as a real project
 * would: tables with foreign keys, indexes, a column rename, a NOT NULL column added with a
 * backfill, a data migration in plain SQL, seed data. {@code OfflineSqlTest} runs it online and as
 * an offline script, and compares.
 */
public final class BookingIndex extends ListedIndex {

    private static final Column STATUS = Column.of("status", SqlType.varchar(20));

    /** Called by ServiceLoader. */
    public BookingIndex() {
        super(entry("b01", Customers::new), entry("b02", RoomsTable::new), entry("b03", Bookings::new),
                entry("b04", Indexes::new), entry("b05", Seed::new), entry("b06", RenameColumn::new),
                entry("b07", StatusWithBackfill::new), entry("b08", Invoices::new), entry("b09", Floors::new),
                nonTransactional("b10", FloorData::new), entry("b11", Constraints::new), entry("b12", MoreRooms::new));
    }

    /** Customers, with an identity key and a unique e-mail. */
    public static final class Customers implements Migration {
        @Override
        public void upgrade(Ops op) {
            op.createTable(Table.named("customers")
                    .column(Column.of("id", SqlType.BIGINT).identity())
                    .column(Column.of("email", SqlType.varchar(200)).notNull())
                    .column(Column.of("full_name", SqlType.varchar(100)).notNull())
                    .primaryKey("id")
                    .unique(Unique.of("email")));
        }

        @Override
        public void downgrade(Ops op) {
            op.dropTable("customers");
        }
    }

    /** Rooms, with a check. */
    public static final class RoomsTable implements Migration {
        @Override
        public void upgrade(Ops op) {
            op.createTable(Table.named("rooms")
                    .column(Column.of("id", SqlType.INTEGER).notNull())
                    .column(Column.of("code", SqlType.varchar(10)).notNull())
                    .column(Column.of("capacity", SqlType.INTEGER).notNull())
                    .primaryKey("id")
                    .check(Check.of("ck_rooms_capacity", "capacity > 0")));
        }

        @Override
        public void downgrade(Ops op) {
            op.dropTable("rooms");
        }
    }

    /** Bookings, referencing customers and rooms. */
    public static final class Bookings implements Migration {
        @Override
        public void upgrade(Ops op) {
            op.createTable(Table.named("bookings")
                    .column(Column.of("id", SqlType.BIGINT).identity())
                    .column(Column.of("customer_id", SqlType.BIGINT).notNull())
                    .column(Column.of("room_id", SqlType.INTEGER).notNull())
                    .column(Column.of("starts_on", SqlType.DATE).notNull())
                    .column(Column.of("nights", SqlType.INTEGER).notNull().defaultValue(1))
                    .primaryKey("id")
                    .foreignKey(ForeignKey.of("customer_id", "customers", "id").onDelete(ReferentialAction.CASCADE))
                    .foreignKey(ForeignKey.of("room_id", "rooms", "id")));
        }

        @Override
        public void downgrade(Ops op) {
            op.dropTable("bookings");
        }
    }

    /** Indexes on existing tables. */
    public static final class Indexes implements Migration {
        @Override
        public void upgrade(Ops op) {
            op.createIndex(Index.of("ix_bookings_starts_on", "bookings", "starts_on"));
            op.createIndex(Index.of("ux_rooms_code", "rooms", "code").unique());
        }

        @Override
        public void downgrade(Ops op) {
            op.dropIndex("rooms", "ux_rooms_code");
            op.dropIndex("bookings", "ix_bookings_starts_on");
        }
    }

    /** Seed data, some of it needing escapes. */
    public static final class Seed implements Migration {
        @Override
        public void upgrade(Ops op) {
            op.bulkInsert("rooms", Rows.of("id", "code", "capacity").add(1, "A-101", 2).add(2, "B-201", 4)
                    .add(3, "C'3", 1));
            op.bulkInsert("customers", Rows.of("email", "full_name").add("ann@example.com", "Ann O'Hara")
                    .add("bob@example.com", "Bob \\ Backslash; -- not a comment"));
            op.bulkInsert("bookings", Rows.of("customer_id", "room_id", "starts_on", "nights")
                    .add(1L, 1, LocalDate.of(2026, 3, 1), 3)
                    .add(2L, 2, LocalDate.of(2026, 3, 5), 1)
                    .add(1L, 3, LocalDate.of(2026, 4, 1), 2));
        }

        @Override
        public void downgrade(Ops op) {
            op.execute("DELETE FROM bookings");
            op.execute("DELETE FROM customers");
            op.execute("DELETE FROM rooms");
        }
    }

    /** A column rename. */
    public static final class RenameColumn implements Migration {
        @Override
        public void upgrade(Ops op) {
            op.alterColumn("customers", AlterColumn.of("full_name").renameTo("display_name"));
        }

        @Override
        public void downgrade(Ops op) {
            op.alterColumn("customers", AlterColumn.of("display_name").renameTo("full_name"));
        }
    }

    /** A NOT NULL column: added nullable, backfilled, then made NOT NULL. */
    public static final class StatusWithBackfill implements Migration {
        @Override
        public void upgrade(Ops op) {
            op.addColumn("bookings", STATUS);
            op.execute("UPDATE bookings SET status = 'confirmed'");
            op.execute("UPDATE bookings SET status = 'pending' WHERE nights = 1;");
            op.alterColumn("bookings", AlterColumn.of(STATUS).nullable(false));
        }

        @Override
        public void downgrade(Ops op) {
            op.dropColumn("bookings", "status");
        }
    }

    /** A data migration in plain SQL: one invoice per booking. */
    public static final class Invoices implements Migration {
        @Override
        public void upgrade(Ops op) {
            op.createTable(Table.named("invoices")
                    .column(Column.of("booking_id", SqlType.BIGINT).notNull())
                    .column(Column.of("amount", SqlType.decimal(10, 2)).notNull())
                    .primaryKey("booking_id"));
            op.execute("INSERT INTO invoices (booking_id, amount) SELECT id, nights * 120.50 FROM bookings");
        }

        @Override
        public void downgrade(Ops op) {
            op.dropTable("invoices");
        }
    }

    /** A NOT NULL column with a default, and a two-column index. */
    public static final class Floors implements Migration {
        @Override
        public void upgrade(Ops op) {
            op.addColumn("rooms", Column.of("floor", SqlType.SMALLINT).notNull().defaultValue(0));
            op.createIndex(Index.of("ix_bookings_start_room", "bookings", "starts_on", "room_id"));
        }

        @Override
        public void downgrade(Ops op) {
            op.dropIndex("bookings", "ix_bookings_start_room");
            op.dropColumn("rooms", "floor");
        }
    }

    /** Data only, outside a transaction. */
    public static final class FloorData implements Migration {
        @Override
        public void upgrade(Ops op) {
            op.execute("UPDATE rooms SET floor = 2 WHERE code = 'B-201'");
        }

        @Override
        public void downgrade(Ops op) {
            op.execute("UPDATE rooms SET floor = 0");
        }
    }

    /** A foreign key and a check on existing tables. */
    public static final class Constraints implements Migration {
        @Override
        public void upgrade(Ops op) {
            op.addForeignKey("invoices", ForeignKey.of("booking_id", "bookings", "id").onDelete(ReferentialAction.CASCADE));
            op.addCheck("bookings", Check.of("ck_bookings_nights", "nights > 0"));
        }

        @Override
        public void downgrade(Ops op) {
            op.dropCheck("bookings", "ck_bookings_nights");
            op.dropForeignKey("invoices", "fk_invoices_booking_id_bookings");
        }
    }

    /** A nullable column and rows with and without it. */
    public static final class MoreRooms implements Migration {
        @Override
        public void upgrade(Ops op) {
            op.addColumn("rooms", Column.of("note", SqlType.varchar(100)));
            op.bulkInsert("rooms", Rows.of("id", "code", "capacity", "floor", "note")
                    .add(4, "D-4", 3, 1, "sea view; 'quiet'")
                    .add(5, "E-5", 2, 1, null));
        }

        @Override
        public void downgrade(Ops op) {
            op.execute("DELETE FROM rooms WHERE id >= 4");
            op.dropColumn("rooms", "note");
        }
    }
}
