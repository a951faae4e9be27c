package dev.migrate.cli.bundle;

import dev.migrate.MigrationException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The user's {@code groupId:artifactId} patterns of dependencies to leave out of a bundle; {@code *} matches any part. */
final class Excludes {

    private final List<String[]> patterns = new ArrayList<>();
    private final List<String> written = new ArrayList<>();
    private final Set<String> used = new LinkedHashSet<>();

    Excludes(List<String> excludes) {
        for (String exclude : excludes) {
            String trimmed = exclude == null ? "" : exclude.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            String[] parts = trimmed.split(":", -1);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new MigrationException("the exclude \"" + trimmed + "\" is not groupId:artifactId; write it as"
                        + " com.example:app-web (* stands for any group or artifact)");
            }
            patterns.add(new String[] {parts[0].trim(), parts[1].trim()});
            written.add(trimmed);
        }
    }

    /** Whether a pattern matches the artifact; remembers which did, for {@link #unused()}. */
    boolean excludes(BundleArtifact artifact) {
        boolean any = false;
        for (int i = 0; i < patterns.size(); i++) {
            String[] pattern = patterns.get(i);
            if (matches(pattern[0], artifact.groupId()) && matches(pattern[1], artifact.artifactId())) {
                used.add(written.get(i));
                any = true;
            }
        }
        return any;
    }

    /** The patterns that matched nothing so far, in the order given. */
    List<String> unused() {
        List<String> unused = new ArrayList<>(written);
        unused.removeAll(used);
        return unused;
    }

    private static boolean matches(String pattern, String value) {
        return pattern.equals("*") || pattern.equals(value);
    }
}
