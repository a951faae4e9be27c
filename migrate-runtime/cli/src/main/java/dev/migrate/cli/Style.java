package dev.migrate.cli;

/**
 * Colour for the messages on the error stream: only on a terminal, and never when {@code NO_COLOR}
 * is set (https://no-color.org). Reports, JSON and scripts are never coloured.
 */
record Style(boolean colour) {

    private static final String RESET = "\u001B[0m";

    static Style of(Environment environment) {
        return new Style(environment.onTerminal() && !environment.variables().containsKey("NO_COLOR"));
    }

    String error(String text) {
        return paint("\u001B[31m", text);
    }

    String warning(String text) {
        return paint("\u001B[33m", text);
    }

    String success(String text) {
        return paint("\u001B[32m", text);
    }

    private String paint(String code, String text) {
        return colour ? code + text + RESET : text;
    }
}
