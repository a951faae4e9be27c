-- the second statement names a table that does not exist
CREATE TABLE t (a INT);
INSERT INTO nope VALUES (1);
