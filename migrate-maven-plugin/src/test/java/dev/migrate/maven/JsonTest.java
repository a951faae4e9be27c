package dev.migrate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void escapesControlCharacters() {
        assertEquals("\"say \\\"hi\\\"\\\\\\n\\u0001\"", Json.quoted("say \"hi\"\\\n\u0001", null));
    }

    @Test
    void quotesForJavaSourcesInTheirEncoding() {
        String message = "say \"hi\" \\ to\nthe café ☕ 😀";
        assertEquals("\"say \\\"hi\\\" \\\\ to\\nthe café ☕ 😀\"", Json.quoted(message, StandardCharsets.UTF_8.newEncoder()));
        assertEquals("\"say \\\"hi\\\" \\\\ to\\nthe café \\u2615 \\ud83d\\ude00\"",
                Json.quoted(message, StandardCharsets.ISO_8859_1.newEncoder()));
        assertEquals("\"caf\\u00e9\\r\"", Json.quoted("café\r", StandardCharsets.US_ASCII.newEncoder()));
    }
}
