package com.example.app.db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

/** The table and its index in one revision: Boot 3.5 is checked on one step. */
@Revision(id = "c0ffee350001", message = "create tasks")
public final class CreateTasks implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.execute("CREATE TABLE tasks (id BIGINT PRIMARY KEY, title VARCHAR(100) NOT NULL)");
        op.execute("CREATE INDEX tasks_title ON tasks (title)");
    }

    @Override
    public void downgrade(Ops op) {
        op.execute("DROP TABLE tasks");
    }
}
