-- migrate upgrade base:heads (MySQL/MariaDB)

CREATE TABLE IF NOT EXISTS `migrate_version` (version_num VARCHAR(64) NOT NULL PRIMARY KEY) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `migrate_history` (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, revision VARCHAR(64) NOT NULL, direction VARCHAR(16) NOT NULL, message TEXT, checksum VARCHAR(64), status VARCHAR(16) NOT NULL, started_at DATETIME(3) NOT NULL, duration_ms BIGINT NOT NULL, error TEXT, installed_by VARCHAR(255), in_transaction BOOLEAN NOT NULL, lineage TEXT, INDEX `migrate_history_revision_idx` (revision, id)) ENGINE=InnoDB;

-- Stops the script unless the version table holds exactly no rows

SET @@SESSION.sql_notes = (SELECT CASE WHEN COUNT(*) = 0 THEN @@SESSION.sql_notes ELSE CONCAT('migrate: this script starts from base (no rows) but the version table migrate_version holds ', COALESCE(GROUP_CONCAT(version_num ORDER BY version_num SEPARATOR ', '), 'no rows')) END FROM `migrate_version`);

-- Running upgrade base -> g1: revision g1

CREATE TABLE `notes` (`id` INTEGER NOT NULL, `body` VARCHAR(100) NULL, PRIMARY KEY (`id`));

INSERT INTO `notes` (`id`, `body`) VALUES (1, 'it''s a \\ backslash; -- not a comment');

INSERT INTO `notes` (`id`, `body`) VALUES (2, NULL);

INSERT INTO `migrate_version` (version_num) VALUES ('g1');

INSERT INTO `migrate_history` (revision, direction, message, checksum, status, started_at, duration_ms, error, installed_by, in_transaction, lineage) VALUES ('g1', 'upgrade', 'revision g1', 'sum-g1', 'applied', UTC_TIMESTAMP(3), 0, NULL, CURRENT_USER(), FALSE, '');

-- Running upgrade g1 -> g2: revision g2

UPDATE notes SET body = 'empty' WHERE body IS NULL;

UPDATE `migrate_version` SET version_num = 'g2' WHERE version_num = 'g1';

INSERT INTO `migrate_history` (revision, direction, message, checksum, status, started_at, duration_ms, error, installed_by, in_transaction, lineage) VALUES ('g2', 'upgrade', 'revision g2', 'sum-g2', 'applied', UTC_TIMESTAMP(3), 0, NULL, CURRENT_USER(), FALSE, 'g1');

