package com.example.db;

import dev.migrate.Allow;
import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;
import dev.migrate.schema.Column;
import dev.migrate.schema.SqlType;

@Revision(id = "2b2b2b2b2b2b", revises = "1a1a1a1a1a1a", message = "drop accounts.legacy")
@Allow(value = "drop-column", reason = "legacy unused since 1.3")
public final class DropLegacy implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.dropColumn("accounts", "legacy");
    }

    @Override
    public void downgrade(Ops op) {
        op.addColumn("accounts", Column.of("legacy", SqlType.varchar(20)));
    }
}
