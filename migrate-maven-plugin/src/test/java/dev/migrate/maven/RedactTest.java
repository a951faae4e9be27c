package dev.migrate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class RedactTest {

    @Test
    void masksUserInfoAndPasswordParameters() {
        assertEquals("jdbc:postgresql://***@db:5432/app", Redact.url("jdbc:postgresql://bob:s3cret@db:5432/app"));
        assertEquals("jdbc:mysql://db/app?user=bob&password=***&ssl=true",
                Redact.url("jdbc:mysql://db/app?user=bob&password=s3cret&ssl=true"));
        assertEquals("jdbc:h2:file:/x/h2;PASSWORD=***", Redact.url("jdbc:h2:file:/x/h2;PASSWORD=s3cret"));
    }

    @Test
    void masksAKnownPasswordInMessages() {
        String text = Redact.message(new IllegalStateException("login failed for s3cret"), "s3cret");
        assertFalse(text.contains("s3cret"), text);
    }

    @Test
    void credentialsDoNotPrintThePassword() {
        assertFalse(new Credentials("bob", "s3cret").toString().contains("s3cret"));
    }
}
