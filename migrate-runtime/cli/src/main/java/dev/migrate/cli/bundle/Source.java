package dev.migrate.cli.bundle;

/**
 * Where a bundle's files come from, as the manifest groups them.
 *
 * @param origin {@code tool}, {@code project}, {@code dependency}, or {@code bundle} for the files
 *     the writer makes (the jar manifest, the merged service files)
 * @param artifact {@code groupId:artifactId:version}, or {@code null} for {@code bundle}
 */
record Source(String origin, String artifact) {

    static final Source BUNDLE = new Source("bundle", null);
}
