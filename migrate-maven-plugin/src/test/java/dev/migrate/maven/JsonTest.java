package dev.migrate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void escapesStrings() {
        assertEquals("\"say \\\"hi\\\"\\\\\\n\\u0001\"", Json.string("say \"hi\"\\\n\u0001"));
        assertEquals("null", Json.string(null));
    }

    @Test
    void writesArrays() {
        assertEquals("[]", Json.array(List.of()));
        assertEquals("[\"a\",\"b\"]", Json.array(List.of("a", "b")));
    }
}
