package dev.migrate.junit.processed;

import dev.migrate.junit.MigrateRoundTrip;

/** The one line the README tells users to write, in a package of its own as a user's test is (launched by ProcessedRevisionsTest). */
public class Migrations extends MigrateRoundTrip {}
