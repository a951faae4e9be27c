package dev.migrate.internal.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void masksPasswordLiteralsInStatements() {
        assertEquals("CREATE USER app WITH PASSWORD '***'",
                Texts.statement("CREATE USER app WITH PASSWORD 'it''s secret'", 1000));
        assertEquals("CREATE USER 'app'@'%' IDENTIFIED BY '***'",
                Texts.statement("CREATE USER 'app'@'%' IDENTIFIED BY 'hunter2'", 1000));
        assertEquals("CREATE USER app PASSWORD='***' ADMIN", Texts.statement("CREATE USER app PASSWORD='x' ADMIN", 1000));
        assertEquals("INSERT INTO t VALUES ('password')", Texts.statement("INSERT INTO t VALUES ('password')", 1000));
    }

    @Test
    void truncatesLongText() {
        assertEquals("abcdefg...", Texts.truncate("abcdefghijklmnop", 10));
        assertEquals("short", Texts.truncate("short", 10));
    }
}
