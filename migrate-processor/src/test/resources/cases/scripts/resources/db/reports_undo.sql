DROP TABLE report_log;
DROP VIEW report;
