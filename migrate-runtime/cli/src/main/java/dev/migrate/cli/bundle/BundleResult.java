package dev.migrate.cli.bundle;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@link BundleWriter#write} wrote.
 *
 * @param jar the bundle
 * @param scripts the offline upgrade scripts from base to the heads, by dialect ({@code postgresql},
 *     {@code mysql}, {@code h2}), each beside the bundle
 * @param digest the manifest's digest, {@code sha256:<hex>}: what a release note or an approval
 *     step pins
 * @param revisions how many revisions the bundle holds
 * @param heads the heads of its graph
 * @param entries how many files the bundle holds besides its manifest, each with its digest in the manifest
 * @param leftOut the project's dependencies left out, {@code groupId:artifactId:version} and why
 * @param unusedExcludes the excludes that matched no dependency, a likely typo
 * @param shadowed files that two sources held with different content, and which one the bundle kept
 */
public record BundleResult(
        Path jar,
        Map<String, Path> scripts,
        String digest,
        int revisions,
        List<String> heads,
        int entries,
        List<String> leftOut,
        List<String> unusedExcludes,
        List<String> shadowed) {

    /** Copies the collections. */
    public BundleResult {
        scripts = Collections.unmodifiableMap(new TreeMap<>(scripts));
        heads = List.copyOf(heads);
        leftOut = List.copyOf(leftOut);
        unusedExcludes = List.copyOf(unusedExcludes);
        shadowed = List.copyOf(shadowed);
    }
}
