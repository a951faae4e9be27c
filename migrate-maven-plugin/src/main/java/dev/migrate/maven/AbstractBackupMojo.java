package dev.migrate.maven;

import dev.migrate.Backups;
import dev.migrate.ConfigKey;
import dev.migrate.MigrateConfig;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/** The backup directory shared by {@code migrate:backup}, {@code migrate:backups} and {@code migrate:restore}. */
public abstract class AbstractBackupMojo extends AbstractMigrateMojo {

    /**
     * Where backups go and are listed from; {@code target/migrate/backups} unless this,
     * {@code MIGRATE_BACKUP_DIRECTORY} or {@code backupDirectory} in {@code migrate.properties} says otherwise.
     */
    @Parameter(property = "migrate.backupDirectory")
    private String backupDirectory;

    /** The build directory, for the default backup directory. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    private File buildDirectory;

    /**
     * Creates the goal.
     *
     * @param decrypter decrypts the password of a {@code settings.xml} server
     */
    protected AbstractBackupMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected void settings(MigrateConfig.Builder settings) {
        settings.set(ConfigKey.BACKUP_DIRECTORY, backupDirectory);
    }

    /**
     * The backup directory.
     *
     * @return the configured one, or {@code target/migrate/backups}
     */
    protected final Path directory() {
        return config().backupDirectory().orElse(buildDirectory.toPath().resolve("migrate").resolve("backups"));
    }

    /**
     * The backups of the configured database.
     *
     * @return them, of the embedded H2 database when {@code migrate.url} is unset; the tools run in Maven's environment
     */
    protected final Backups backups() {
        MigrateConfig config = config();
        if (config.url().isPresent()) {
            return Backups.of(config).commandNames(MavenCommandNames.INSTANCE);
        }
        boolean noUser = config.user().isEmpty();
        return Backups.of(defaultUrl(), noUser ? Credentials.H2_DEFAULT.user() : config.user().get(),
                noUser ? Credentials.H2_DEFAULT.password() : config.password().orElse(null), config.schema().orElse(null))
                .inEnvironment(config.environment().orElse(null), config.confirm().orElse(null))
                .commandNames(MavenCommandNames.INSTANCE);
    }
}
