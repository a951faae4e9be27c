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

    @Test
    void masksSecretsInEveryQuotingAndKeepsTheQuotes() {
        assertEquals("ALTER ROLE a PASSWORD $$***$$", Redaction.literals("ALTER ROLE a PASSWORD $$s3cret$$"));
        assertEquals("ALTER ROLE a PASSWORD $pw$***$pw$", Redaction.literals("ALTER ROLE a PASSWORD $pw$s3$cret$pw$"));
        assertEquals("ALTER ROLE a PASSWORD E'***'", Redaction.literals("ALTER ROLE a PASSWORD E'it\\'s'"));
        assertEquals("ALTER ROLE a PASSWORD ***", Redaction.literals("ALTER ROLE a PASSWORD s3cret"));
        assertEquals("ALTER USER a IDENTIFIED BY '***'", Redaction.literals("ALTER USER a IDENTIFIED BY 'a\\'s3cret'"));
        assertEquals("ALTER USER a IDENTIFIED BY \"***\"", Redaction.literals("ALTER USER a IDENTIFIED BY \"s3cret\""));
        assertEquals("ALTER USER a IDENTIFIED VIA ed25519 USING PASSWORD('***')",
                Redaction.literals("ALTER USER a IDENTIFIED VIA ed25519 USING PASSWORD('s3cret')"));
        assertEquals("SET PASSWORD FOR a = PASSWORD('***')", Redaction.literals("SET PASSWORD FOR a = PASSWORD('s3cret')"));
        assertEquals("CREATE TABLE users (password VARCHAR(64))",
                Redaction.literals("CREATE TABLE users (password VARCHAR(64))"));
        assertEquals("SELECT password FROM users", Redaction.literals("SELECT password FROM users"));
        assertEquals("Access denied for user 'a'@'h' (using password: YES)",
                Redaction.literals("Access denied for user 'a'@'h' (using password: YES)"));
    }

    @Test
    void masksTheServersEchoOfASecretOfTheStatement() {
        assertEquals("ERROR: syntax error at or near \"***\"",
                Redaction.error("ERROR: syntax error at or near \"s3cret\"", "ALTER ROLE a PASSWORD s3cret"));
        assertEquals("near *** at line 1", Redaction.error("near 'a\\'s3cret' at line 1",
                "ALTER USER a IDENTIFIED BY 'a\\'s3cret'"));
    }
}
