package dev.migrate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;

class ClassNamesTest {

    @Test
    void joinsTheMessagesWordsCapitalised() {
        assertEquals("AddOrders", ClassNames.fromMessage("add orders", "3f2a9c1d7b04"));
        assertEquals("AddUsersEmail", ClassNames.fromMessage("add users.email", "3f2a9c1d7b04"));
        assertEquals("CreateHTTPLogTable", ClassNames.fromMessage("  create HTTPLog_table!", "3f2a9c1d7b04"));
        assertEquals("AjoutDesDonnees", ClassNames.fromMessage("ajout des données", "3f2a9c1d7b04"));
        assertEquals("MergeA1f0c3e5b7d9AndB2e4d6f8a0c1",
                ClassNames.fromMessage("merge a1f0c3e5b7d9 and b2e4d6f8a0c1", "3f2a9c1d7b04"));
    }

    @Test
    void alwaysGivesAValidIdentifierThatTheRevisionCanUse() {
        assertEquals("Revision2faSecrets", ClassNames.fromMessage("2fa secrets", "3f2a9c1d7b04"));
        assertEquals("Revision3f2a9c1d7b04", ClassNames.fromMessage("добавить заказы", "3f2a9c1d7b04"));
        assertEquals("Revision3f2a9c1d7b04", ClassNames.fromMessage("...", "3f2a9c1d7b04"));
        assertEquals("MigrationRevision", ClassNames.fromMessage("migration", "3f2a9c1d7b04"));
        assertEquals("OpsRevision", ClassNames.fromMessage("ops", "3f2a9c1d7b04"));
        for (String message : new String[] {"class", "a b", "x".repeat(200), "é", "_"}) {
            String name = ClassNames.fromMessage(message, "ab12");
            assertTrue(SourceVersion.isName(name) && name.length() <= ClassNames.MAX_LENGTH + "Revision".length(), name);
        }
    }

    @Test
    void longMessagesKeepWholeWords() {
        String name = ClassNames.fromMessage("add the column that records when each invoice was last reminded", "ab12");
        assertEquals("AddTheColumnThatRecordsWhenEachInvoiceWasLast", name);
        assertTrue(name.length() <= ClassNames.MAX_LENGTH);
        assertEquals("X".repeat(ClassNames.MAX_LENGTH), ClassNames.fromMessage("X".repeat(60), "ab12"));
    }

    @Test
    void neverReusesAnExistingNameWhateverItsCase() {
        assertEquals("AddOrders", ClassNames.unique("AddOrders", Set.of("createusers")));
        assertEquals("AddOrders2", ClassNames.unique("AddOrders", Set.of("addorders")));
        assertEquals("AddOrders3", ClassNames.unique("AddOrders", Set.of("addorders", "addorders2")));
    }
}
