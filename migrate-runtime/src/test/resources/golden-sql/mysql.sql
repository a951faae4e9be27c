-- createTable with every type
CREATE TABLE `every_type` (`i` INTEGER NULL, `b` BIGINT NULL, `s` SMALLINT NULL, `v` VARCHAR(40) NULL, `t` LONGTEXT NULL, `f` BOOLEAN NULL, `d` DECIMAL(10, 2) NULL, `day` DATE NULL, `at_time` TIME(6) NULL, `ts` DATETIME(6) NULL, `tstz` DATETIME(6) NULL, `u` CHAR(36) NULL, `j` JSON NULL, `bin` LONGBLOB NULL, `r` CHAR(2) NULL);

-- createTable with identity, defaults and constraints
CREATE TABLE `users` (`id` BIGINT AUTO_INCREMENT NOT NULL, `email` VARCHAR(255) DEFAULT 'none' NOT NULL, `org_id` INTEGER NULL, `quote` LONGTEXT DEFAULT ('it''s a \\ backslash') NULL, `active` BOOLEAN DEFAULT TRUE NOT NULL, `score` DECIMAL(5, 2) DEFAULT 1.50 NULL, `grade` INTEGER DEFAULT -3 NULL, `born` DATE DEFAULT DATE '2000-01-31' NULL, `wakes` TIME(6) DEFAULT TIME '07:30:00' NULL, `seen` DATETIME(6) DEFAULT TIMESTAMP '2020-02-29 23:59:01.5' NULL, `token` CHAR(36) DEFAULT '0f8fad5b-d9cb-469f-a165-70867728950e' NULL, `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6) NOT NULL, `code` VARCHAR(8) DEFAULT (UPPER('x')) NULL, PRIMARY KEY (`id`), CONSTRAINT `uq_users_email` UNIQUE (`email`), CONSTRAINT `uq_email_per_org` UNIQUE (`org_id`, `email`), CONSTRAINT `fk_users_org_id_orgs` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT, CONSTRAINT `ck_users_grade` CHECK (grade >= -10));

-- createTable with composite keys
CREATE TABLE `pairs` (`a` INTEGER NOT NULL, `b` INTEGER NOT NULL, PRIMARY KEY (`a`, `b`), CONSTRAINT `fk_pairs` FOREIGN KEY (`a`, `b`) REFERENCES `other_pairs` (`x`, `y`));

-- createTable with an identity that is no key
-- unsupported: the identity column "n" must be the first column of the primary key or of a unique constraint (AUTO_INCREMENT needs a key); make it the key

-- createTable without columns
-- invalid: table "empty" has no columns; add at least one with column(...)

-- createTable with a key on an unknown column
-- invalid: the primary key names the column "b", which table "t" does not define; fix the name or add the column

-- createTable with a conventional name too long
-- invalid: the conventional name of the unique constraint, "uq_a_table_with_a_rather_long_name_a_column_with_a_rather_long_name", is longer than 63 bytes; give it a name with named(...)

-- createTable with a unique text column
-- unsupported: the unique constraint includes the column "body" of type text, which MySQL can only index by a prefix length; use varchar(n), or create the key with execute(...)

-- createTable with quotes in names
CREATE TABLE `we"ird``name` (`Mixed Case` INTEGER NULL);

-- dropTable
DROP TABLE `users`;

-- renameTable
ALTER TABLE `users` RENAME TO `members`;

-- addColumn
ALTER TABLE `users` ADD COLUMN `age` SMALLINT DEFAULT 0 NOT NULL;

-- addColumn nullable
ALTER TABLE `users` ADD COLUMN `nick` VARCHAR(20) NULL;

-- addColumn identity
-- unsupported: an identity column ("seq") cannot be added to an existing table, since AUTO_INCREMENT needs a key; add a plain column, or create the table with it

-- dropColumn
ALTER TABLE `users` DROP COLUMN `age`;

-- alterColumn type
ALTER TABLE `users` MODIFY COLUMN `email` VARCHAR(320) DEFAULT 'none' NOT NULL;

-- alterColumn type using
ALTER TABLE `users` MODIFY COLUMN `code` INTEGER NULL;

-- alterColumn nullable
ALTER TABLE `users` MODIFY COLUMN `email` VARCHAR(255) DEFAULT 'none' NULL;

-- alterColumn not null
ALTER TABLE `users` MODIFY COLUMN `nick` VARCHAR(20) NOT NULL;

-- alterColumn default
ALTER TABLE `users` ALTER COLUMN `email` SET DEFAULT 'o''neil';

-- alterColumn default current timestamp
ALTER TABLE `users` ALTER COLUMN `seen` SET DEFAULT CURRENT_TIMESTAMP(6);

-- alterColumn default current timestamp of unknown type
-- unsupported: a CURRENT_TIMESTAMP default for column "seen" is rendered at the column's precision, which is not known here; use AlterColumn.of(Column.of(...)) with the column's current type

-- alterColumn drop default
ALTER TABLE `users` ALTER COLUMN `email` DROP DEFAULT;

-- alterColumn rename
ALTER TABLE `users` RENAME COLUMN `email` TO `mail`;

-- alterColumn everything
ALTER TABLE `users` MODIFY COLUMN `email` LONGTEXT NULL;
ALTER TABLE `users` RENAME COLUMN `email` TO `mail`;

-- alterColumn type of an identity
ALTER TABLE `users` MODIFY COLUMN `id` INTEGER AUTO_INCREMENT NOT NULL;

-- alterColumn type without the existing column
-- invalid: changing the type or nullability of column "email" needs the column as it is now (MySQL redefines a column whole and would lose what is not restated); use AlterColumn.of(Column.of(...)) with its current type, nullability and default

-- alterColumn nothing
-- invalid: nothing is changed in column "email"; call type, nullable, defaultValue, dropDefault or renameTo

-- createIndex
CREATE INDEX `ix_users_org` ON `users` (`org_id`);

-- createIndex unique
CREATE UNIQUE INDEX `ux_users_org_email` ON `users` (`org_id`, `email`);

-- createIndex partial
-- unsupported: partial indexes (where) exist only on PostgreSQL; index all rows, or create the index with execute(...) for this database

-- createIndex concurrently
-- unsupported: concurrently() is PostgreSQL's (CREATE INDEX CONCURRENTLY); leave it out on this database

-- dropIndex
DROP INDEX `ix_users_org` ON `users`;

-- addForeignKey
ALTER TABLE `users` ADD CONSTRAINT `fk_users_org_id_orgs` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`id`) ON DELETE SET NULL;

-- addForeignKey set default
-- unsupported: InnoDB refuses ON DELETE/ON UPDATE SET DEFAULT; use SET NULL, CASCADE, RESTRICT or NO ACTION

-- dropForeignKey
ALTER TABLE `users` DROP FOREIGN KEY `fk_users_org_id_orgs`;

-- addUnique
ALTER TABLE `users` ADD CONSTRAINT `uq_users_org_id_email` UNIQUE (`org_id`, `email`);

-- dropUnique
ALTER TABLE `users` DROP INDEX `uq_users_org_id_email`;

-- addCheck
ALTER TABLE `users` ADD CONSTRAINT `ck_users_age` CHECK (age BETWEEN 0 AND 200);

-- dropCheck
ALTER TABLE `users` DROP CONSTRAINT `ck_users_age`;

-- bulkInsert
INSERT INTO `currencies` (`code`, `name`, `digits`) VALUES (?, ?, ?);

