-- How many products each category has; the script runs statement by statement.
CREATE VIEW category_sizes AS
SELECT c.name, COUNT(p.id) AS products
FROM categories c LEFT JOIN products p ON p.category_id = c.id
GROUP BY c.name;

INSERT INTO products (category_id, price) VALUES (1, 12.50);
