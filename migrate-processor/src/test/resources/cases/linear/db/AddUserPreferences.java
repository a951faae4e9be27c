package db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;

@Revision(id = "3f2a9c1d7b04", revises = "1c9e0b7a5d22", message = "add user preferences")
public final class AddUserPreferences implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.execute("CREATE TABLE user_preferences (user_id BIGINT, theme VARCHAR(20))");
    }

    @Override
    public void downgrade(Ops op) {
        op.execute("DROP TABLE user_preferences");
    }
}
