package dev.migrate.schema;

import dev.migrate.internal.Names;
import java.util.List;
import java.util.Objects;

/** Checks the names given to the schema API, so that a bad one fails where it is written. */
final class Identifiers {

    private Identifiers() {}

    static String check(String what, String name) {
        return Names.check(what, name);
    }

    /** A name or {@code null}: for constraints whose name may be left to the naming convention. */
    static String checkOptional(String what, String name) {
        return name == null ? null : check(what, name);
    }

    static List<String> checkAll(String what, List<String> names) {
        List<String> copy = List.copyOf(Objects.requireNonNull(names, what));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("No " + what + " given; name at least one");
        }
        for (String name : copy) {
            check(what, name);
        }
        if (copy.stream().distinct().count() != copy.size()) {
            throw new IllegalArgumentException("The " + what + " " + copy + " repeat a name; name each once");
        }
        return copy;
    }
}
