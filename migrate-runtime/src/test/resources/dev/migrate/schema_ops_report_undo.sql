DELETE FROM tags WHERE id = 3;
DROP VIEW user_report;
