package db;

import dev.migrate.Migration;
import dev.migrate.Revision;

@Revision(id = "abstract1", revises = "root")
public abstract class AbstractRevision implements Migration {
}
