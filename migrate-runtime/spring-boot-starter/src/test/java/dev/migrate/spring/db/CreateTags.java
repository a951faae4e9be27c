package dev.migrate.spring.db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

@Revision(id = "b2c0ffee0002", revises = "a1c0ffee0001", message = "create tags")
public final class CreateTags implements Migration {
    @Override
    public void upgrade(Ops op) {
        // A script, so that the native image's hints have one to name (MigrateRuntimeHintsTest).
        op.executeScript("create_tags.sql");
    }

    @Override
    public void downgrade(Ops op) {
        op.execute("DROP TABLE tags");
    }
}
