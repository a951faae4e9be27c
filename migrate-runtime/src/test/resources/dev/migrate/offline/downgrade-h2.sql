-- migrate downgrade heads:base (H2)

-- Stops the script unless the version table holds exactly g2

SELECT CASE WHEN COUNT(*) = 1 AND COUNT(CASE WHEN version_num IN ('g2') THEN 1 END) = 1 THEN 0 ELSE CAST(CONCAT('migrate: this script starts from g2 but the version table migrate_version holds ', COALESCE(LISTAGG(version_num, ', ') WITHIN GROUP (ORDER BY version_num), 'no rows')) AS INT) END FROM "MIGRATE_VERSION";

-- Running downgrade g2 -> g1: revision g2

UPDATE notes SET body = NULL WHERE body = 'empty';

UPDATE "MIGRATE_VERSION" SET version_num = 'g1' WHERE version_num = 'g2';

INSERT INTO "MIGRATE_HISTORY" (revision, direction, message, checksum, status, started_at, duration_ms, error, installed_by, in_transaction, lineage) VALUES ('g2', 'downgrade', 'revision g2', 'sum-g2', 'applied', CURRENT_TIMESTAMP, 0, NULL, CURRENT_USER, FALSE, 'g1');

-- Running downgrade g1 -> base: revision g1

DROP TABLE "NOTES";

DELETE FROM "MIGRATE_VERSION" WHERE version_num = 'g1';

INSERT INTO "MIGRATE_HISTORY" (revision, direction, message, checksum, status, started_at, duration_ms, error, installed_by, in_transaction, lineage) VALUES ('g1', 'downgrade', 'revision g1', 'sum-g1', 'applied', CURRENT_TIMESTAMP, 0, NULL, CURRENT_USER, FALSE, '');

