package dev.migrate.internal;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** The rule every name in a schema operation follows, shared by the public API and the renderers. */
public final class Names {

    /**
     * PostgreSQL cuts longer names to 63 bytes without a word (a later drop by the full name then
     * fails) and MySQL refuses names over 64 characters: 63 bytes is safe everywhere.
     */
    public static final int MAX_BYTES = 63;

    private Names() {}

    /**
     * A generated name made to fit: a name longer than {@link #MAX_BYTES} keeps its start and ends
     * in a hash of the whole, so that two long names still differ.
     *
     * @param name the generated name, such as {@code ix_<table>_<columns>}
     * @return the name, or its shortened form
     */
    public static String fitted(String name) {
        if (name.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
            return name;
        }
        String hash = String.format("_%08x", name.hashCode());
        StringBuilder start = new StringBuilder();
        for (int i = 0; i < name.length(); i = name.offsetByCodePoints(i, 1)) {
            String next = new String(Character.toChars(name.codePointAt(i)));
            if ((start + next + hash).getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
                break;
            }
            start.append(next);
        }
        return start + hash;
    }

    /**
     * Checks a name.
     *
     * @param what what the name is, for the message, such as {@code "Table name"}
     * @param name the name
     * @return the name
     * @throws IllegalArgumentException when it is empty, has a control character or is too long;
     *     the message says what to change
     * @throws NullPointerException when it is {@code null}
     */
    public static String check(String what, String name) {
        Objects.requireNonNull(name, what);
        if (name.isBlank()) {
            throw new IllegalArgumentException(what + " is empty; give a name");
        }
        for (int i = 0; i < name.length(); i++) {
            if (Character.isISOControl(name.charAt(i))) {
                throw new IllegalArgumentException(what + " \"" + name + "\" contains a control character; remove it");
            }
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException(what + " \"" + name + "\" is longer than " + MAX_BYTES
                    + " bytes, which PostgreSQL would cut and MySQL refuses; use a shorter name");
        }
        return name;
    }
}
