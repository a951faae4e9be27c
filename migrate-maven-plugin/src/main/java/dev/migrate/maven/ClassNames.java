package dev.migrate.maven;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * The class name of a new revision, from its message: {@code "add users.email"} becomes {@code
 * AddUsersEmail}. The name is plain ASCII (accents dropped), so it is a valid identifier and a safe
 * file name in any encoding; it never shadows a type the revision itself uses.
 */
final class ClassNames {

    /** Long messages give names of whole words up to this length, as Alembic truncates its file names. */
    static final int MAX_LENGTH = 48;
    /** The types a generated revision names: a class of the same name would break it. */
    private static final Set<String> USED_BY_REVISIONS = Set.of("Migration", "Ops", "Override", "Revision");
    private static final String FALLBACK = "Revision";

    private ClassNames() {}

    /**
     * The name the message suggests: its words capitalised and joined. A message without a
     * letter or digit of the Latin alphabet gives {@code Revision<id>}; one that starts with a
     * digit is prefixed with {@code Revision}.
     */
    static String fromMessage(String message, String id) {
        String ascii = Normalizer.normalize(message, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        StringBuilder name = new StringBuilder();
        for (String word : ascii.split("[^A-Za-z0-9]+")) {
            if (word.isEmpty()) {
                continue;
            }
            String capitalised = word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
            if (name.length() > 0 && name.length() + capitalised.length() > MAX_LENGTH) {
                break;
            }
            name.append(capitalised);
        }
        if (name.length() == 0) {
            return FALLBACK + id.substring(0, 1).toUpperCase(Locale.ROOT) + id.substring(1);
        }
        if (name.length() > MAX_LENGTH) {
            name.setLength(MAX_LENGTH);
        }
        if (Character.isDigit(name.charAt(0))) {
            name.insert(0, FALLBACK);
        }
        if (USED_BY_REVISIONS.contains(name.toString())) {
            name.append(FALLBACK);
        }
        return name.toString();
    }

    /**
     * {@code name}, or with the first number from 2 that makes it free: never the name of an
     * existing class. {@code taken} holds lower-case names, since some file systems ignore case.
     */
    static String unique(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; taken.contains(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = name + n;
        }
        return candidate;
    }
}
