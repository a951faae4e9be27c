package dev.migrate.maven;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class CredentialsTest {

    @Test
    void credentialsDoNotPrintThePassword() {
        assertFalse(new Credentials("bob", "s3cret").toString().contains("s3cret"));
    }
}
