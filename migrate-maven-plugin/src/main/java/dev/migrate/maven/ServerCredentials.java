package dev.migrate.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * Reads database credentials from a {@code settings.xml} server, decrypting its password, or takes
 * the explicit ones: never a mix of both, since a user from one place and a password from the other
 * fails with a login error that points nowhere.
 */
final class ServerCredentials {

    private final Settings settings;
    private final SettingsDecrypter decrypter;

    ServerCredentials(Settings settings, SettingsDecrypter decrypter) {
        this.settings = settings;
        this.decrypter = decrypter;
    }

    /**
     * The server's user and password when {@code serverId} is set, otherwise the explicit ones.
     *
     * @throws MojoFailureException when {@code serverId} is set together with a user or password,
     *     or names no server
     */
    Credentials resolve(String serverId, String user, String password)
            throws MojoFailureException, MojoExecutionException {
        if (!given(serverId)) {
            return new Credentials(user, password);
        }
        List<String> explicit = new ArrayList<>();
        if (given(user)) {
            explicit.add("migrate.user");
        }
        if (given(password)) {
            explicit.add("migrate.password");
        }
        if (!explicit.isEmpty()) {
            String named = String.join(" and ", explicit);
            throw new MojoFailureException("migrate: the credentials come from two places, settings.xml server \""
                    + serverId.trim() + "\" (migrate.serverId) and " + named + "; remove " + named
                    + " (from the POM or the command line), or remove migrate.serverId");
        }
        Server server = settings == null ? null : settings.getServer(serverId.trim());
        if (server == null) {
            throw new MojoFailureException("migrate: settings.xml has no <server> with id \"" + serverId.trim()
                    + "\"; add one, or fix migrate.serverId");
        }
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : result.getProblems()) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                throw new MojoExecutionException("migrate: cannot decrypt the password of settings.xml server \""
                        + serverId.trim() + "\": " + problem.getMessage());
            }
        }
        Server decrypted = result.getServer();
        return new Credentials(decrypted.getUsername(), decrypted.getPassword());
    }

    /** Whether a parameter is set: Maven hands an empty {@code -Dmigrate.user=} over as an empty string. */
    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }
}
