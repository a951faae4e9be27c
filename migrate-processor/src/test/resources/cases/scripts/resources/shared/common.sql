-- shared by several revisions
CREATE TABLE common (id INT);
