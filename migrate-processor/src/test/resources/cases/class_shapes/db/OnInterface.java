package db;

import dev.migrate.Migration;
import dev.migrate.Revision;

@Revision(id = "iface1", revises = "root")
public interface OnInterface extends Migration {
}
