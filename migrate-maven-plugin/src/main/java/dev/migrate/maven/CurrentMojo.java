package dev.migrate.maven;

import dev.migrate.Migrator;
import dev.migrate.report.Report;
import dev.migrate.report.Reports;
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
    protected Report report(Migrator migrator) {
        return Reports.current(migrator.current());
    }
}
