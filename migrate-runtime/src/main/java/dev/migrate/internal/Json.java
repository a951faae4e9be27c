package dev.migrate.internal;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one JSON writer of the runtime: every report and {@link dev.migrate.Status#toJson()} go
 * through it, so strings are escaped in one place. Values are maps (keys in insertion order),
 * lists, strings, numbers, booleans and {@code null}; the text is one line, UTF-8 characters kept.
 */
public final class Json {

    /** Writes {@code null} values too: a documented field is always there, so a parser can rely on it. */
    private static final JSON WRITER = JSON.std.with(JSON.Feature.WRITE_NULL_PROPERTIES);

    private Json() {}

    /**
     * Writes a value as JSON.
     *
     * @param value a tree of maps, lists and scalars
     * @return the JSON text, one line
     */
    public static String write(Object value) {
        try {
            return WRITER.asString(value);
        } catch (IOException e) {
            // Writing to a string does no I/O: only a value jackson-jr cannot write gets here, a bug of ours.
            throw new UncheckedIOException("cannot write " + value.getClass().getName() + " as JSON", e);
        }
    }
}
