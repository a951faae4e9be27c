package dev.migrate;

import dev.migrate.spi.RevisionDescriptor;
import dev.migrate.spi.RevisionIndex;
import dev.migrate.spi.SeedDescriptor;
import java.util.List;

/**
 * a1 creates sitems, b2 (branch label catalog) creates sother, c3 creates sthird. Seeds: dev_items
 * (dev, after a1) loads seed_items.csv; all_items (every environment, after catalog) one row of
 * sother; staging_items (staging, after a1); late (dev, after c3); broken (env broken, after a1)
 * inserts a row and then fails.
 */
public class SeedIndex implements RevisionIndex {

    /** Called by the service loader. */
    public SeedIndex() {}

    @Override
    public List<RevisionDescriptor> revisions() {
        return List.of(
                RevisionDescriptor.of("a1", "", "", "", "create sitems", true, "sum-a1", "db.A1"),
                RevisionDescriptor.of("b2", "a1", "", "catalog", "create sother", true, "sum-b2", "db.B2"),
                RevisionDescriptor.of("c3", "b2", "", "", "create sthird", true, "sum-c3", "db.C3"));
    }

    @Override
    public Migration newMigration(int position) {
        String table = List.of("sitems", "sother", "sthird").get(position);
        return new Migration() {
            @Override
            public void upgrade(Ops op) {
                op.execute("CREATE TABLE " + table + " (id INT, name VARCHAR(40), env VARCHAR(20))");
            }

            @Override
            public void downgrade(Ops op) {
                op.dropTable(table);
            }
        };
    }

    @Override
    public List<SeedDescriptor> seeds() {
        return List.of(
                SeedDescriptor.of("all_items", "", "catalog", "sum-all", "db.AllItems"),
                SeedDescriptor.of("broken", "broken", "a1", "sum-broken", "db.Broken"),
                SeedDescriptor.of("dev_items", "dev", "a1", devChecksum(), "db.DevItems"),
                SeedDescriptor.of("late", "dev", "c3", "sum-late", "db.Late"),
                SeedDescriptor.of("staging_items", "staging Test", "a1", "sum-staging", "db.StagingItems"));
    }

    /** The checksum of dev_items, which a subclass changes as an edited seed would. */
    String devChecksum() {
        return "sum-dev";
    }

    @Override
    public SeedData newSeed(int position) {
        return switch (position) {
            case 0 -> rows("sother", "INSERT INTO sother (id, name, env) VALUES (10, 'all', NULL)");
            case 1 -> new SeedData() {
                @Override
                public void load(Ops op) {
                    op.execute("INSERT INTO sitems (id, name, env) VALUES (99, 'half', 'broken')");
                    op.execute("INSERT INTO no_such_table (id) VALUES (1)");
                }

                @Override
                public void clean(Ops op) {
                    op.execute("DELETE FROM sitems WHERE env = 'broken'");
                }
            };
            case 2 -> new SeedData() {
                @Override
                public void load(Ops op) {
                    op.bulkInsert("sitems", CsvRows.read(SeedIndex.class, "seed_items.csv")
                            .column("id", Integer::valueOf).rows());
                }

                @Override
                public void clean(Ops op) {
                    op.execute("DELETE FROM sitems WHERE env = 'dev'");
                }
            };
            case 3 -> rows("sthird", "INSERT INTO sthird (id, name, env) VALUES (30, 'late', 'dev')");
            default -> rows("sitems", "INSERT INTO sitems (id, name, env) VALUES (3, 'stage', 'staging')");
        };
    }

    private static SeedData rows(String table, String insert) {
        return new SeedData() {
            @Override
            public void load(Ops op) {
                op.execute(insert);
            }

            @Override
            public void clean(Ops op) {
                op.execute("DELETE FROM " + table + (table.equals("sitems") ? " WHERE env = 'staging'" : ""));
            }
        };
    }

    /** The same, with dev_items edited since it was loaded. */
    public static final class Edited extends SeedIndex {
        /** Called by the service loader. */
        public Edited() {}

        @Override
        String devChecksum() {
            return "sum-dev-edited";
        }
    }
}
