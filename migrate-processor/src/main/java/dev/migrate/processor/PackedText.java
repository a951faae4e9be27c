package dev.migrate.processor;

import java.util.ArrayList;
import java.util.List;

/** Sizes text as a class file stores a string constant (modified UTF-8), and cuts it to fit. */
final class PackedText {

    private PackedText() {}

    /** The bytes {@code text} takes as a constant: 1 per ASCII character but NUL, 2 or 3 for others. */
    static int classFileLength(CharSequence text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            bytes += bytes(text.charAt(i));
        }
        return bytes;
    }

    /**
     * {@code text} in pieces of at most {@code max} bytes each, for a line too long for one
     * constant (a message of many kilobytes); never between the two halves of a surrogate pair.
     */
    static List<String> pieces(String text, int max) {
        List<String> pieces = new ArrayList<>(1);
        int start = 0;
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            int size = bytes(text.charAt(i));
            boolean pairStart = Character.isHighSurrogate(text.charAt(i));
            if (bytes + size + (pairStart ? 3 : 0) > max) {
                pieces.add(text.substring(start, i));
                start = i;
                bytes = 0;
            }
            bytes += size;
        }
        pieces.add(text.substring(start));
        return pieces;
    }

    private static int bytes(char c) {
        if (c != 0 && c < 0x80) {
            return 1;
        }
        return c < 0x800 ? 2 : 3;
    }
}
