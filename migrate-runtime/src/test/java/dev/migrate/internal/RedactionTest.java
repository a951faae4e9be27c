package dev.migrate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class RedactionTest {

    @Test
    void masksUserInfoAndPasswordParameters() {
        assertEquals("jdbc:postgresql://***@db:5432/app", Redaction.url("jdbc:postgresql://bob:s3cret@db:5432/app"));
        assertEquals("jdbc:mysql://db/app?user=bob&password=***&ssl=true",
                Redaction.url("jdbc:mysql://db/app?user=bob&password=s3cret&ssl=true"));
        assertEquals("jdbc:h2:file:/x/h2;PASSWORD=***", Redaction.url("jdbc:h2:file:/x/h2;PASSWORD=s3cret"));
    }

    @Test
    void masksAKnownPasswordInMessages() {
        String text = Redaction.message(new IllegalStateException("login failed for s3cret"), "s3cret");
        assertFalse(text.contains("s3cret"), text);
    }

    @Test
    void masksPasswordLiteralsInSql() {
        assertEquals("CREATE USER app WITH PASSWORD '***'", Redaction.literals("CREATE USER app WITH PASSWORD 'it''s secret'"));
        assertEquals("CREATE USER 'app'@'%' IDENTIFIED BY '***'",
                Redaction.literals("CREATE USER 'app'@'%' IDENTIFIED BY 'hunter2'"));
        assertEquals("INSERT INTO t VALUES ('password')", Redaction.literals("INSERT INTO t VALUES ('password')"));
    }
}
