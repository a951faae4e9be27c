package com.example.db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

@Revision(id = "0a1b2c3d4e5f", message = "create tags")
public final class CreateTags implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.execute("CREATE TABLE tags (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL)");
    }

    @Override
    public void downgrade(Ops op) {
        op.execute("DROP TABLE tags");
    }
}
