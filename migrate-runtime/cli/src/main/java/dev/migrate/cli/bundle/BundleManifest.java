package dev.migrate.cli.bundle;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.migrate.spi.RevisionAllowance;
import dev.migrate.spi.RevisionDescriptor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code META-INF/migrate/bundle.json}: the bundle's revisions (each with the lint findings it
 * accepts with {@code @Allow}, and why), heads, tool version and a SHA-256 of every file it holds,
 * grouped by where the file came from, a digest of their listing, and a digest over all of it. The
 * shape is documented in the README ("Release bundle").
 *
 * @param toolVersion the version of migrate that wrote the bundle
 * @param project the project's {@code groupId:artifactId:version}
 * @param revisions every revision, sorted by id
 * @param allowances the revisions' {@code @Allow}s, sorted by revision
 * @param heads the heads, sorted
 * @param contents the files by source, in the order the sources win over each other
 * @param listing the {@link Listing} digest of the files' paths, sizes and CRC-32s; {@code null} in a
 *     manifest written before it was recorded
 * @param digest {@code sha256:<hex>} of the manifest's text without this field, the last one
 *     ({@link ManifestBytes} checks it on the bytes)
 */
record BundleManifest(
        String toolVersion,
        String project,
        List<RevisionDescriptor> revisions,
        List<RevisionAllowance> allowances,
        List<String> heads,
        List<Group> contents,
        String listing,
        String digest) {

    static final int SCHEMA_VERSION = 1;

    /** Writes {@code null} values, as the reports do: a documented field is always there. */
    private static final JSON JSON_IO = JSON.std.with(JSON.Feature.WRITE_NULL_PROPERTIES);

    /**
     * The files of one source.
     *
     * @param origin {@code tool}, {@code project}, {@code dependency} or {@code bundle}
     * @param artifact {@code groupId:artifactId:version}, or {@code null}
     * @param entries lower-case hex SHA-256 by path, sorted by path
     */
    record Group(String origin, String artifact, Map<String, String> entries) {}

    /** A manifest whose digest is computed from its content. */
    static BundleManifest of(String toolVersion, String project, List<RevisionDescriptor> revisions,
            List<RevisionAllowance> allowances, List<String> heads, List<Group> contents, String listing) {
        BundleManifest draft = new BundleManifest(toolVersion, project, revisions, allowances, heads, contents, listing,
                null);
        return new BundleManifest(toolVersion, project, revisions, allowances, heads, contents, listing,
                "sha256:" + Sha256.of(write(draft.tree(false))));
    }

    /** Every file's SHA-256 by path, whatever its source. */
    Map<String, String> entries() {
        Map<String, String> all = new TreeMap<>();
        for (Group group : contents) {
            all.putAll(group.entries());
        }
        return all;
    }

    String json() {
        return write(tree(true));
    }

    /**
     * Keys in a fixed order, so that the text, and so the digest, depend on the content alone; the
     * schema version first and the listing and the digest last, where {@link ManifestBytes} reads them.
     */
    private Map<String, Object> tree(boolean withDigest) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("toolVersion", toolVersion);
        root.put("project", project);
        List<Object> revisionList = new ArrayList<>();
        for (RevisionDescriptor d : revisions) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", d.id());
            r.put("revises", d.revises());
            r.put("dependsOn", d.dependsOn());
            r.put("branchLabels", d.branchLabels());
            r.put("message", d.message());
            r.put("checksum", d.checksum());
            r.put("className", d.className());
            r.put("transactional", d.transactional());
            List<Object> allowed = new ArrayList<>();
            for (RevisionAllowance allowance : allowances) {
                if (allowance.revision().equals(d.id())) {
                    Map<String, Object> a = new LinkedHashMap<>();
                    a.put("rule", allowance.rule());
                    a.put("reason", allowance.reason());
                    allowed.add(a);
                }
            }
            r.put("allowed", allowed);
            revisionList.add(r);
        }
        root.put("revisions", revisionList);
        root.put("heads", heads);
        List<Object> groups = new ArrayList<>();
        for (Group group : contents) {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("origin", group.origin());
            g.put("artifact", group.artifact());
            List<Object> files = new ArrayList<>();
            group.entries().forEach((path, sha) -> {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("path", path);
                f.put("sha256", sha);
                files.add(f);
            });
            g.put("entries", files);
            groups.add(g);
        }
        root.put("contents", groups);
        root.put("listing", listing);
        if (withDigest) {
            root.put("digest", digest);
        }
        return root;
    }

    private static String write(Map<String, Object> tree) {
        try {
            return JSON_IO.asString(tree);
        } catch (IOException e) {
            // Writing maps of strings to a string does no I/O; only a bug of ours gets here.
            throw new IllegalStateException("cannot write the bundle manifest", e);
        }
    }

    /**
     * Reads a manifest as written.
     *
     * @throws IOException when the text is not a manifest of schema version 1
     */
    static BundleManifest parse(String json) throws IOException {
        try {
            Map<String, Object> root = JSON_IO.mapFrom(json);
            Object version = root.get("schemaVersion");
            if (!(version instanceof Number n) || n.intValue() != SCHEMA_VERSION) {
                throw new IOException("its schemaVersion is " + version + "; this version of migrate reads " + SCHEMA_VERSION);
            }
            List<RevisionDescriptor> revisions = new ArrayList<>();
            List<RevisionAllowance> allowances = new ArrayList<>();
            for (Object o : list(root, "revisions")) {
                Map<?, ?> r = (Map<?, ?>) o;
                revisions.add(new RevisionDescriptor((String) r.get("id"), strings(r, "revises"), strings(r, "dependsOn"),
                        strings(r, "branchLabels"), (String) r.get("message"), Boolean.TRUE.equals(r.get("transactional")),
                        (String) r.get("checksum"), (String) r.get("className")));
                // Absent from the manifests of versions before it.
                for (Object a : r.containsKey("allowed") ? list(r, "allowed") : List.of()) {
                    Map<?, ?> allow = (Map<?, ?>) a;
                    allowances.add(new RevisionAllowance((String) r.get("id"), (String) allow.get("rule"),
                            (String) allow.get("reason")));
                }
            }
            List<Group> contents = new ArrayList<>();
            for (Object o : list(root, "contents")) {
                Map<?, ?> g = (Map<?, ?>) o;
                Map<String, String> entries = new TreeMap<>();
                for (Object e : list(g, "entries")) {
                    Map<?, ?> f = (Map<?, ?>) e;
                    entries.put((String) f.get("path"), (String) f.get("sha256"));
                }
                contents.add(new Group((String) g.get("origin"), (String) g.get("artifact"), entries));
            }
            return new BundleManifest((String) root.get("toolVersion"), (String) root.get("project"), revisions,
                    allowances, strings(root, "heads"), contents, (String) root.get("listing"), (String) root.get("digest"));
        } catch (ClassCastException | NullPointerException e) {
            throw new IOException("it does not have the shape of a bundle manifest (" + e.getMessage() + ")", e);
        }
    }

    private static List<?> list(Map<?, ?> map, String key) {
        Object value = map.get(key);
        if (!(value instanceof List<?> l)) {
            throw new ClassCastException("\"" + key + "\" is not a list");
        }
        return l;
    }

    private static List<String> strings(Map<?, ?> map, String key) {
        List<String> strings = new ArrayList<>();
        for (Object o : list(map, key)) {
            strings.add((String) o);
        }
        return strings;
    }
}
