package dev.migrate.maven;

import dev.migrate.Migrator;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/** Prints the database's current revisions: the ids in its version table. */
@Mojo(name = "current", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class CurrentMojo extends AbstractReportMojo {

    /**
     * Creates the goal.
     *
     * @param decrypter decrypts the password of a {@code settings.xml} server
     */
    @Inject
    public CurrentMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected String text(Migrator migrator) {
        List<String> current = migrator.current();
        return "migrate: current " + (current.isEmpty() ? "none (no revision applied)" : String.join(", ", current));
    }

    @Override
    protected String json(Migrator migrator) {
        return "{\"current\":" + Json.array(migrator.current()) + "}";
    }
}
