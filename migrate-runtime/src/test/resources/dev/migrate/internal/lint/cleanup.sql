-- A script whose second statement empties a table.
UPDATE users SET email = LOWER(email) WHERE email <> LOWER(email);
DELETE FROM sessions;
