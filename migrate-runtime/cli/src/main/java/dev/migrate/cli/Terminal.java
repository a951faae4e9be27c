package dev.migrate.cli;

import java.io.Console;

/** The terminal a person runs the command on: where a password is asked for without echo. */
interface Terminal {

    /**
     * Asks for a password without echoing it.
     *
     * @param prompt what to ask
     * @return the password, or {@code null} when the input ended
     */
    char[] readPassword(String prompt);

    /** The process's console. */
    static Terminal of(Console console) {
        return prompt -> console.readPassword("%s", prompt);
    }
}
