package dev.migrate.internal.backup;

import dev.migrate.Backup;
import dev.migrate.MigrationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The names of backup files: {@code <database>--<revisions joined by +, or base>--<UTC time><extension>},
 * such as {@code app--3f2a9c1b--20261203T154700123Z.dump}, so that a listing sorts them and says what each holds.
 */
public final class BackupFiles {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("(.+?)--(.+)--(\\d{8}T\\d{9}Z)(\\.dump|\\.sql\\.gz|\\.sql)");

    private BackupFiles() {}

    static String name(String database, List<String> revisions, Instant time, String extension) {
        String held = revisions.isEmpty() ? "base" : String.join("+", revisions.stream().sorted().toList());
        return safe(database) + "--" + safe(held) + "--" + TIME.format(time) + extension;
    }

    /**
     * The backups in a directory, oldest first; other files are left out.
     *
     * @param directory the directory; none there means no backups
     * @return the backups
     */
    public static List<Backup> list(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(BackupFiles::read).flatMap(Optional::stream)
                    .sorted(Comparator.comparing(Backup::taken).thenComparing(b -> b.file().getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new MigrationException("cannot list the backups in " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a backup's name.
     *
     * @param file the file
     * @return what it holds, or empty when its name is no backup's
     */
    public static Optional<Backup> read(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches() || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<String> revisions = m.group(2).equals("base") ? List.of() : Arrays.asList(m.group(2).split("\\+"));
        return Optional.of(new Backup(file, m.group(1), List.copyOf(revisions), TIME.parse(m.group(3), Instant::from)));
    }

    /**
     * The file beside a backup where a failed upgrade that restored it writes what failed: the
     * backup's name with {@code .failed-upgrade.log} added, which no listing takes for a backup.
     *
     * @param backup the backup file
     * @return the log file
     */
    public static Path failureLog(Path backup) {
        return backup.resolveSibling(backup.getFileName() + ".failed-upgrade.log");
    }

    /** Keeps a name to characters every file system takes. */
    private static String safe(String text) {
        return text.replaceAll("[^A-Za-z0-9._+-]", "_");
    }
}
