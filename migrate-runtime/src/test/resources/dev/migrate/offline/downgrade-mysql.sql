-- migrate downgrade heads:base (MySQL/MariaDB)

-- Stops the script unless the version table holds exactly g2

SET @@SESSION.sql_notes = (SELECT CASE WHEN COUNT(*) = 1 AND COUNT(CASE WHEN CAST(version_num AS BINARY) IN ('g2') THEN 1 END) = 1 THEN @@SESSION.sql_notes ELSE CONCAT('migrate: this script starts from g2 but the version table migrate_version holds ', COALESCE(GROUP_CONCAT(version_num ORDER BY version_num SEPARATOR ', '), 'no rows')) END FROM `migrate_version`);

-- Running downgrade g2 -> g1: revision g2

UPDATE notes SET body = NULL WHERE body = 'empty';

UPDATE `migrate_version` SET version_num = 'g1' WHERE version_num = 'g2';

INSERT INTO `migrate_history` (revision, direction, message, checksum, status, started_at, duration_ms, error, installed_by, in_transaction, lineage) VALUES ('g2', 'downgrade', 'revision g2', 'sum-g2', 'applied', UTC_TIMESTAMP(3), 0, NULL, CURRENT_USER(), FALSE, 'g1');

-- Running downgrade g1 -> base: revision g1

DROP TABLE `notes`;

DELETE FROM `migrate_version` WHERE version_num = 'g1';

INSERT INTO `migrate_history` (revision, direction, message, checksum, status, started_at, duration_ms, error, installed_by, in_transaction, lineage) VALUES ('g1', 'downgrade', 'revision g1', 'sum-g1', 'applied', UTC_TIMESTAMP(3), 0, NULL, CURRENT_USER(), FALSE, '');

