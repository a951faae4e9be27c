package dev.migrate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MergeMojoTest {

    @Test
    void theDefaultMessageNamesTheHeads() {
        assertEquals("a1 and b2", MergeMojo.joined(List.of("a1", "b2")));
        assertEquals("a1, b2 and c3", MergeMojo.joined(List.of("a1", "b2", "c3")));
    }

    @Test
    void theNewRevisionGoesToTheRevisionsCommonPackage() {
        assertEquals("com.example.db", AbstractNewRevisionMojo.commonPackage("com.example.db.users", "com.example.db.orders"));
        assertEquals("com.example.db", AbstractNewRevisionMojo.commonPackage("com.example.db", "com.example.db"));
        assertEquals("", AbstractNewRevisionMojo.commonPackage("org.a", "com.b"));
        assertEquals(List.of("a", "b"), AbstractNewRevisionMojo.commaSeparated(" a, ,b "));
    }
}
