package dev.migrate.cli.bundle;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What differs between a bundle and its manifest, as the checks find it: the manifest's own digest
 * first, then {@code changed:}, {@code missing:} and {@code added:} lines sorted by path. A path the
 * jar holds twice is compared twice, so a second copy with other bytes is named too.
 */
final class Differences {

    private final Set<String> expected;
    private final Set<String> seen = new HashSet<>();
    private final Map<String, String> byPath = new TreeMap<>();
    private final List<String> manifest = new ArrayList<>();

    /** @param expected the paths the manifest lists */
    Differences(Set<String> expected) {
        this.expected = expected;
    }

    /** The manifest's digest does not match its bytes, for this reason. */
    void manifest(String problem) {
        manifest.add("changed: " + EntryRules.BUNDLE_JSON + " (" + problem + ")");
    }

    /**
     * A file of the jar, other than the manifest.
     *
     * @param path its path
     * @param matches whether it matches what the manifest records of that path (ignored when none)
     */
    void file(String path, boolean matches) {
        seen.add(path);
        if (!expected.contains(path)) {
            byPath.put(path, "added: " + path);
        } else if (!matches) {
            byPath.put(path, "changed: " + path);
        }
    }

    /** Every difference; the paths the manifest lists but no file of the jar had are missing. */
    List<String> list() {
        for (String path : expected) {
            if (!seen.contains(path)) {
                byPath.put(path, "missing: " + path);
            }
        }
        List<String> all = new ArrayList<>(manifest);
        all.addAll(byPath.values());
        return all;
    }
}
