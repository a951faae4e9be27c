package db;

import dev.migrate.Revision;

@Revision(id = "plain1", revises = "root")
public final class NotAMigration {
}
