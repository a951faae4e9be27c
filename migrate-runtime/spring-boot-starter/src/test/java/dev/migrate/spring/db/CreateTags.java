package dev.migrate.spring.db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

@Revision(id = "b2c0ffee0002", revises = "a1c0ffee0001", message = "create tags")
public final class CreateTags implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.execute("CREATE TABLE tags (note_id BIGINT NOT NULL, tag VARCHAR(50) NOT NULL)");
    }

    @Override
    public void downgrade(Ops op) {
        op.execute("DROP TABLE tags");
    }
}
