-- Read from the module com.example.app, whose package com.example.db is open.
INSERT INTO users (id, name) VALUES (1, 'ada');
INSERT INTO users (id, name) VALUES (2, 'grace');
