package dev.migrate.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/** Reads database credentials from a {@code settings.xml} server, decrypting its password. */
final class ServerCredentials {

    private final Settings settings;
    private final SettingsDecrypter decrypter;

    ServerCredentials(Settings settings, SettingsDecrypter decrypter) {
        this.settings = settings;
        this.decrypter = decrypter;
    }

    /** The explicit user and password, each falling back to the server's when {@code serverId} is set. */
    Credentials resolve(String serverId, String user, String password)
            throws MojoFailureException, MojoExecutionException {
        if (serverId == null || serverId.isBlank()) {
            return new Credentials(user, password);
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
        return new Credentials(user != null ? user : decrypted.getUsername(),
                password != null ? password : decrypted.getPassword());
    }
}
