CREATE VIEW report AS SELECT 1 AS one;
CREATE TABLE report_log (id INT);
