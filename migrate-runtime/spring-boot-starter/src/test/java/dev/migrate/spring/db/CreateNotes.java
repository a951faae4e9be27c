package dev.migrate.spring.db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

@Revision(id = "a1c0ffee0001", message = "create notes")
public final class CreateNotes implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.execute("CREATE TABLE notes (id BIGINT PRIMARY KEY, body VARCHAR(200) NOT NULL)");
    }

    @Override
    public void downgrade(Ops op) {
        op.execute("DROP TABLE notes");
    }
}
