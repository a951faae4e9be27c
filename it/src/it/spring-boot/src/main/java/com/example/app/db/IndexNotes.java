package com.example.app.db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

@Revision(id = "b2e4d6f8a0c1", revises = "a1f0c3e5b7d9", message = "index notes.body")
public final class IndexNotes implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.execute("CREATE INDEX notes_body ON notes (body)");
    }

    @Override
    public void downgrade(Ops op) {
        op.execute("DROP INDEX notes_body");
    }
}
