package dev.migrate.cli.bundle;

import java.util.Locale;

/** Which files of the bundle's sources are copied, merged or dropped. */
final class EntryRules {

    static final String MANIFEST = "META-INF/MANIFEST.MF";
    static final String BUNDLE_JSON = "META-INF/migrate/bundle.json";
    static final String SERVICES = "META-INF/services/";

    private EntryRules() {}

    /** A service registration: merged across sources, since each driver and index registers its own. */
    static boolean service(String path) {
        return path.startsWith(SERVICES) && path.length() > SERVICES.length() && path.indexOf('/', SERVICES.length()) < 0;
    }

    /**
     * Files no source may bring: each jar's manifest (the bundle writes its own), signatures that
     * would not match a repacked jar, module descriptors that would make the flat jar claim to be one
     * library's module, a jar index listing the old jar, and a manifest of another bundle.
     */
    static boolean dropped(String path) {
        String upper = path.toUpperCase(Locale.ROOT);
        if (upper.equals(MANIFEST) || upper.equals("META-INF/INDEX.LIST") || path.equals(BUNDLE_JSON)) {
            return true;
        }
        if (path.equals("module-info.class")
                || (path.startsWith("META-INF/versions/") && path.endsWith("/module-info.class"))) {
            return true;
        }
        if (upper.startsWith("META-INF/") && upper.indexOf('/', "META-INF/".length()) < 0) {
            String name = upper.substring("META-INF/".length());
            return name.endsWith(".SF") || name.endsWith(".DSA") || name.endsWith(".RSA") || name.endsWith(".EC")
                    || name.startsWith("SIG-");
        }
        return false;
    }
}
