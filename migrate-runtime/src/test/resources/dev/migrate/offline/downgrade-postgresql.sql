-- migrate downgrade heads:base (PostgreSQL)

-- Stops the script unless the version table holds exactly g2; run it with psql -v ON_ERROR_STOP=1 to stop there

DO $migrate$
DECLARE
    found TEXT;
BEGIN
    SELECT string_agg(version_num, ', ' ORDER BY version_num) INTO found FROM "migrate_version";
    IF NOT (SELECT COUNT(*) = 1 AND COUNT(CASE WHEN version_num IN ('g2') THEN 1 END) = 1 FROM "migrate_version") THEN
        RAISE EXCEPTION USING MESSAGE = 'migrate: this script starts from g2 but the version table migrate_version holds ' || coalesce(found, 'no rows'),
            HINT = 'Run the script on a database at its start, or write a new script from the rows the database holds.';
    END IF;
END
$migrate$;

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

