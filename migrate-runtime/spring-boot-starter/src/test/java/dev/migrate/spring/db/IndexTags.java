package dev.migrate.spring.db;

import dev.migrate.Allow;
import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

@Revision(id = "c3c0ffee0003", revises = "b2c0ffee0002", message = "index tags")
@Allow(value = "index-not-concurrent", reason = "tags holds a few hundred rows")
public final class IndexTags implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.execute("CREATE INDEX tags_by_tag ON tags (tag)");
    }

    @Override
    public void downgrade(Ops op) {
        op.execute("DROP INDEX tags_by_tag");
    }
}
