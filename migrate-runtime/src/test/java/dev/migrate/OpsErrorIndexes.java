package dev.migrate;

import dev.migrate.schema.AlterColumn;
import dev.migrate.schema.Column;
import dev.migrate.schema.Index;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.Table;
import java.sql.Connection;
import java.sql.Statement;

/** One-revision indexes whose revision trips one error path of {@link Ops}; see {@code OpsErrorsTest}. */
public final class OpsErrorIndexes {

    private OpsErrorIndexes() {}

    static void createT(Ops op) {
        op.createTable(Table.named("t").column(Column.of("a", SqlType.INTEGER)));
    }

    /** A table, then a partial index: PostgreSQL only. */
    public static final class Partial extends ListedIndex {
        /** Called by ServiceLoader. */
        public Partial() {
            super(entry("p1", () -> Fixture.of(op -> {
                createT(op);
                op.createIndex(Index.of("ix_t_a", "t", "a").where("a > 0"));
            })));
        }
    }

    /** A table, then an index built concurrently, in a transactional revision. */
    public static final class ConcurrentInTransaction extends ListedIndex {
        /** Called by ServiceLoader. */
        public ConcurrentInTransaction() {
            super(entry("c1", () -> Fixture.of(op -> {
                createT(op);
                op.createIndex(Index.of("ix_t_a", "t", "a").concurrently());
            })));
        }
    }

    /** A table, then an index built concurrently in a revision of its own, outside a transaction. */
    public static final class ConcurrentAlone extends ListedIndex {
        /** Called by ServiceLoader. */
        public ConcurrentAlone() {
            super(entry("c1", () -> Fixture.of(OpsErrorIndexes::createT)),
                    nonTransactional("c2", () -> Fixture.of(op ->
                            op.createIndex(Index.of("ix_t_a", "t", "a").unique().concurrently()))));
        }
    }

    /** A script that is not there. */
    public static final class MissingScript extends ListedIndex {
        /** Called by ServiceLoader. */
        public MissingScript() {
            super(entry("s1", () -> Fixture.of(op -> op.executeScript("no_such_script.sql"))));
        }
    }

    /** A script whose second statement fails. */
    public static final class BadScript extends ListedIndex {
        /** Called by ServiceLoader. */
        public BadScript() {
            super(entry("s2", () -> Fixture.of(op -> op.executeScript("bad_script.sql"))));
        }
    }

    /** A type change without the column as it is now. */
    public static final class AlterWithoutExisting extends ListedIndex {
        /** Called by ServiceLoader. */
        public AlterWithoutExisting() {
            super(entry("a1", () -> Fixture.of(op -> {
                createT(op);
                op.alterColumn("t", AlterColumn.of("a").type(SqlType.BIGINT));
            })));
        }
    }

    /** A statement the database rejects. */
    public static final class Rejected extends ListedIndex {
        /** Called by ServiceLoader. */
        public Rejected() {
            super(entry("r1", () -> Fixture.of(op -> op.dropTable("nope"))));
        }
    }

    /** Closes the connection (allowed: nothing happens), uses it, then tries to commit. */
    public static final class Commits extends ListedIndex {
        /** Called by ServiceLoader. */
        public Commits() {
            super(entry("k1", () -> Fixture.of(op -> {
                createT(op);
                try (Connection c = op.connection(); Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO t (a) VALUES (1)");
                }
                try (Statement s = op.connection().createStatement()) {
                    s.executeUpdate("INSERT INTO t (a) VALUES (2)");
                }
                op.connection().commit();
            })));
        }
    }

    /** A revision whose upgrade is a lambda; its downgrade does nothing. */
    public static final class Fixture implements Migration {
        private final Body body;

        private Fixture(Body body) {
            this.body = body;
        }

        static Migration of(Body body) {
            return new Fixture(body);
        }

        @Override
        public void upgrade(Ops op) throws Exception {
            body.run(op);
        }

        @Override
        public void downgrade(Ops op) {}
    }

    /** A revision body. */
    interface Body {
        void run(Ops op) throws Exception;
    }
}
