package dev.migrate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URISyntaxException;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.DefaultSettingsDecrypter;
import org.junit.jupiter.api.Test;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;
import org.sonatype.plexus.components.sec.dispatcher.DefaultSecDispatcher;

class ServerCredentialsTest {

    /** Encrypted with the master password of settings-security.xml (mvn --encrypt-password). */
    private static final String ENCRYPTED = "{tcEie2Bx/IcHFBM1LKnLqFXX32euRsDJPgvbUkemMeuV62mAy4KCOHG58faFRMYY}";
    private static final String PLAIN = "Db-pa55-from-settings";

    private final ServerCredentials credentials = new ServerCredentials(settings(), decrypter());

    @Test
    void serverGivesItsUserAndDecryptedPassword() throws Exception {
        assertEquals(new Credentials("app", PLAIN), credentials.resolve("app-db", null, null));
    }

    @Test
    void withoutServerTheExplicitCredentialsAreUsed() throws Exception {
        assertEquals(new Credentials("bob", "s3cret"), credentials.resolve(null, "bob", "s3cret"));
        assertEquals(new Credentials("bob", null), credentials.resolve(" ", "bob", null));
    }

    @Test
    void blankUserAndPasswordDoNotCountAsSecondPlace() throws Exception {
        assertEquals(new Credentials("app", PLAIN), credentials.resolve("app-db", "", " "));
    }

    @Test
    void userAndServerAreRefusedNamingWhatToRemove() {
        MojoFailureException e = assertThrows(MojoFailureException.class,
                () -> credentials.resolve("app-db", "bob", null));
        assertEquals("migrate: the credentials come from two places, settings.xml server \"app-db\" (migrate.serverId)"
                + " and migrate.user; remove migrate.user (from the POM or the command line), or remove"
                + " migrate.serverId", e.getMessage());
    }

    @Test
    void passwordAndServerAreRefusedWithoutPrintingThePassword() {
        MojoFailureException e = assertThrows(MojoFailureException.class,
                () -> credentials.resolve("app-db", null, "s3cret"));
        assertTrue(e.getMessage().contains("remove migrate.password"), e.getMessage());
        assertFalse(e.getMessage().contains("migrate.user"), e.getMessage());
        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
    }

    @Test
    void bothRefusedEvenForAnUnknownServer() {
        MojoFailureException e = assertThrows(MojoFailureException.class,
                () -> credentials.resolve("nope", "bob", "s3cret"));
        assertTrue(e.getMessage().contains("\"nope\" (migrate.serverId) and migrate.user and migrate.password;"
                + " remove migrate.user and migrate.password"), e.getMessage());
        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
    }

    @Test
    void unknownServerNamesTheParameter() {
        MojoFailureException e = assertThrows(MojoFailureException.class,
                () -> credentials.resolve("nope", null, null));
        assertEquals("migrate: settings.xml has no <server> with id \"nope\"; add one, or fix migrate.serverId",
                e.getMessage());
    }

    private static Settings settings() {
        Server server = new Server();
        server.setId("app-db");
        server.setUsername("app");
        server.setPassword(ENCRYPTED);
        Settings settings = new Settings();
        settings.addServer(server);
        return settings;
    }

    private static DefaultSettingsDecrypter decrypter() {
        try {
            File security = new File(ServerCredentialsTest.class.getResource("/settings-security.xml").toURI());
            return new DefaultSettingsDecrypter(
                    new DefaultSecDispatcher(new DefaultPlexusCipher(), Map.of(), security.getAbsolutePath()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
