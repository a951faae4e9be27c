package dev.migrate.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the index knows of one revision: the values of its {@link dev.migrate.Revision}
 * annotation, its class and the checksum of its source.
 *
 * @param id the revision's id
 * @param revises the ids of its parents
 * @param dependsOn the ids or branch labels it depends on
 * @param branchLabels its own branch labels
 * @param message its message, possibly empty
 * @param transactional whether it runs in a transaction
 * @param checksum the lower-case hex SHA-256 of its normalised source, or {@code null} when the
 *     compiler could not give the source
 * @param className the binary name of its class
 */
public record RevisionDescriptor(
        String id,
        List<String> revises,
        List<String> dependsOn,
        List<String> branchLabels,
        String message,
        boolean transactional,
        String checksum,
        String className) {

    private static final List<String> NONE = List.of();
    private static final int PACKED_FIELDS = 8;

    /**
     * Creates a descriptor from lists written as names separated by single spaces, for an index
     * written by hand. Ids and labels cannot contain spaces, so the encoding is unambiguous.
     *
     * @param id the revision's id
     * @param revises the parents' ids, space-separated, or empty
     * @param dependsOn the dependencies, space-separated, or empty
     * @param branchLabels the branch labels, space-separated, or empty
     * @param message the message
     * @param transactional whether it runs in a transaction
     * @param checksum the source checksum, or {@code null}
     * @param className the binary name of its class
     * @return the descriptor
     */
    public static RevisionDescriptor of(String id, String revises, String dependsOn, String branchLabels,
            String message, boolean transactional, String checksum, String className) {
        return new RevisionDescriptor(id, split(revises), split(dependsOn), split(branchLabels), message,
                transactional, checksum, className);
    }

    /**
     * Creates descriptors from the text generated code holds, which {@link #pack()} wrote: the
     * chunks joined form one line per revision. Generated code calls this rather than {@link #of}
     * for each revision, because a class with thousands of string constants is slow to load: one
     * long constant costs the JVM far less at start-up than five short ones per revision, and
     * javac compiles it faster too.
     *
     * @param chunks the text, cut where a class file's 64 KiB limit on a constant requires
     * @return the descriptors, in the order of the lines
     * @throws IllegalArgumentException when a line is not a packed descriptor
     */
    public static RevisionDescriptor[] unpack(String... chunks) {
        String text = chunks.length == 1 ? chunks[0] : String.join("", chunks);
        List<RevisionDescriptor> descriptors = new ArrayList<>();
        String[] fields = new String[PACKED_FIELDS];
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            int from = start;
            for (int i = 0; i < PACKED_FIELDS - 1; i++) {
                int tab = text.indexOf('\t', from);
                if (tab < 0 || tab > end) {
                    throw new IllegalArgumentException("Not a packed revision: " + text.substring(start, end));
                }
                fields[i] = text.substring(from, tab);
                from = tab + 1;
            }
            fields[PACKED_FIELDS - 1] = text.substring(from, end);
            descriptors.add(new RevisionDescriptor(fields[0], split(fields[1]), split(fields[2]), split(fields[3]),
                    unescape(fields[7]), fields[4].equals("t"), fields[5].isEmpty() ? null : fields[5], fields[6]));
            start = end + 1;
        }
        return descriptors.toArray(new RevisionDescriptor[0]);
    }

    /**
     * This descriptor as one line for {@link #unpack}: id, revises, dependsOn and branchLabels
     * (space-separated), {@code t} or {@code f} for transactional, the checksum (empty for none),
     * the class name and the message, separated by tabs, with backslashes and line breaks of the
     * message escaped. Ids, labels and class names hold no white space.
     *
     * @return the line, ending in a line break
     * @throws IllegalArgumentException when a name holds white space
     */
    public String pack() {
        StringBuilder line = new StringBuilder();
        line.append(plain(id)).append('\t');
        for (List<String> names : List.of(revises, dependsOn, branchLabels)) {
            for (int i = 0; i < names.size(); i++) {
                line.append(i == 0 ? "" : " ").append(plain(names.get(i)));
            }
            line.append('\t');
        }
        line.append(transactional ? 't' : 'f').append('\t')
                .append(checksum == null ? "" : plain(checksum)).append('\t')
                .append(plain(className)).append('\t');
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            line.append(c == '\\' ? "\\\\" : c == '\n' ? "\\n" : String.valueOf(c));
        }
        return line.append('\n').toString();
    }

    private static String plain(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (Character.isWhitespace(name.charAt(i))) {
                throw new IllegalArgumentException("\"" + name + "\" holds white space; it cannot be packed");
            }
        }
        return name;
    }

    private static String unescape(String message) {
        if (message.indexOf('\\') < 0) {
            return message;
        }
        StringBuilder text = new StringBuilder(message.length());
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c == '\\' && i + 1 < message.length()) {
                char next = message.charAt(++i);
                text.append(next == 'n' ? '\n' : next);
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    private static List<String> split(String names) {
        return names.isEmpty() ? NONE : List.of(names.split(" "));
    }

    /** Checks the values and copies the lists, so a descriptor cannot change. */
    public RevisionDescriptor {
        Objects.requireNonNull(id, "id");
        revises = List.copyOf(revises);
        dependsOn = List.copyOf(dependsOn);
        branchLabels = List.copyOf(branchLabels);
        message = message == null ? "" : message;
        Objects.requireNonNull(className, "className");
    }
}
