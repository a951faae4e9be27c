-- A report; the script is split at each semicolon outside quotes and comments.
CREATE VIEW user_report AS
SELECT u.email, o.name AS org_name /* the org's name; not its id */
FROM users u JOIN orgs o ON o.id = u.org_id;

INSERT INTO tags (id, label) VALUES (3, 'semi;colon ''quoted''');
