-- migrate downgrade heads:base (PostgreSQL)

-- Running downgrade g2 -> g1: revision g2

UPDATE notes SET body = NULL WHERE body = 'empty';

UPDATE "migrate_version" SET version_num = 'g1' WHERE version_num = 'g2';

INSERT INTO "migrate_history" (revision, direction, message, checksum, status, started_at, duration_ms, error, installed_by, in_transaction, lineage) VALUES ('g2', 'downgrade', 'revision g2', 'sum-g2', 'applied', CURRENT_TIMESTAMP, 0, NULL, CURRENT_USER, FALSE, 'g1');

-- Running downgrade g1 -> base: revision g1

BEGIN;

DROP TABLE "notes";

DELETE FROM "migrate_version" WHERE version_num = 'g1';

INSERT INTO "migrate_history" (revision, direction, message, checksum, status, started_at, duration_ms, error, installed_by, in_transaction, lineage) VALUES ('g1', 'downgrade', 'revision g1', 'sum-g1', 'applied', CURRENT_TIMESTAMP, 0, NULL, CURRENT_USER, TRUE, '');

COMMIT;

