package dev.migrate;

import dev.migrate.spi.RevisionDescriptor;
import dev.migrate.spi.RevisionIndex;
import java.util.List;

/**
 * a1 creates vitems; b2 adds vitems.note and verifies it is there; c3 creates vgadgets and its
 * verify always fails, as a revision whose change is not what it should be.
 */
public final class VerifyIndex implements RevisionIndex {

    /** Called by the service loader. */
    public VerifyIndex() {}

    @Override
    public List<RevisionDescriptor> revisions() {
        return List.of(
                RevisionDescriptor.of("a1", "", "", "", "create vitems", true, "sum-a1", "db.A1"),
                RevisionDescriptor.of("b2", "a1", "", "", "add vitems.note", true, "sum-b2", "db.B2"),
                RevisionDescriptor.of("c3", "b2", "", "", "create vgadgets", true, "sum-c3", "db.C3"));
    }

    @Override
    public Migration newMigration(int position) {
        return switch (position) {
            case 0 -> new Migration() {
                @Override
                public void upgrade(Ops op) {
                    op.execute("CREATE TABLE vitems (id INT PRIMARY KEY)");
                }

                @Override
                public void downgrade(Ops op) {
                    op.dropTable("vitems");
                }
            };
            case 1 -> new Migration() {
                @Override
                public void upgrade(Ops op) {
                    op.execute("ALTER TABLE vitems ADD COLUMN note VARCHAR(20)");
                }

                @Override
                public void downgrade(Ops op) {
                    op.dropColumn("vitems", "note");
                }

                @Override
                public void verify(Ops op) {
                    if (!op.columnExists("vitems", "note")) {
                        throw new MigrationException("vitems has no column note");
                    }
                }
            };
            default -> new Migration() {
                @Override
                public void upgrade(Ops op) {
                    op.execute("CREATE TABLE vgadgets (id INT PRIMARY KEY)");
                }

                @Override
                public void downgrade(Ops op) {
                    op.dropTable("vgadgets");
                }

                @Override
                public void verify(Ops op) {
                    throw new MigrationException("vgadgets must start with one row");
                }
            };
        };
    }
}
