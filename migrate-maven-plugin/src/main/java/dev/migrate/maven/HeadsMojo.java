package dev.migrate.maven;

import dev.migrate.Migrator;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/** Prints the heads of the project's revision graph: the revisions nothing revises. */
@Mojo(name = "heads", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class HeadsMojo extends AbstractReportMojo {

    /**
     * Creates the goal.
     *
     * @param decrypter decrypts the password of a {@code settings.xml} server
     */
    @Inject
    public HeadsMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected String text(Migrator migrator) {
        return "migrate: heads " + (migrator.heads().isEmpty() ? "none" : String.join(", ", migrator.heads()));
    }

    @Override
    protected String json(Migrator migrator) {
        return "{\"heads\":" + Json.array(migrator.heads()) + "}";
    }
}
