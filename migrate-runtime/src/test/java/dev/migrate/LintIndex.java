package dev.migrate;

import dev.migrate.schema.AlterColumn;
import dev.migrate.schema.Column;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.Table;
import dev.migrate.spi.RevisionAllowance;
import java.util.List;

/** Three revisions for lint: a clean one, one that drops a column on purpose, one with two unsafe changes. */
public final class LintIndex extends ListedIndex {

    /** Called by ServiceLoader. */
    public LintIndex() {
        super(entry("l1", CreateUsers::new), entry("l2", DropNickname::new), entry("l3", RenameEmail::new));
    }

    /** As the processor generates it: the {@code @Allow} of l2. */
    @Override
    public List<RevisionAllowance> allowances() {
        return RevisionAllowance.unpack("l2\tdrop-column\tnickname unused since 1.3\n");
    }

    /** A new table: nothing to flag. */
    public static final class CreateUsers implements Migration {
        @Override
        public void upgrade(Ops op) {
            op.createTable(Table.named("lint_users")
                    .column(Column.of("id", SqlType.INTEGER).notNull())
                    .column(Column.of("email", SqlType.varchar(100)))
                    .column(Column.of("nickname", SqlType.varchar(100)))
                    .primaryKey("id"));
        }

        @Override
        public void downgrade(Ops op) {
            op.dropTable("lint_users");
        }
    }

    /** Drops a column, accepted. */
    @Allow(value = "drop-column", reason = "nickname unused since 1.3")
    public static final class DropNickname implements Migration {
        @Override
        public void upgrade(Ops op) {
            op.dropColumn("lint_users", "nickname");
        }

        @Override
        public void downgrade(Ops op) {
            op.addColumn("lint_users", Column.of("nickname", SqlType.varchar(100)));
        }
    }

    /** Renames a column and empties a table. */
    public static final class RenameEmail implements Migration {
        @Override
        public void upgrade(Ops op) {
            op.alterColumn("lint_users", AlterColumn.of("email").renameTo("mail"));
            op.execute("DELETE FROM lint_users");
        }

        @Override
        public void downgrade(Ops op) {
            op.alterColumn("lint_users", AlterColumn.of("mail").renameTo("email"));
        }
    }
}
