package com.example.db;

import dev.migrate.junit.MigrateRoundTrip;

class MigrationsTest extends MigrateRoundTrip {}
