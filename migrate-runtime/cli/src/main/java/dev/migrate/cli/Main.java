package dev.migrate.cli;

/** The command line's entry point: {@code java -jar <bundle>.jar <command>} or {@code java -cp … dev.migrate.cli.Main}. */
public final class Main {

    private Main() {}

    /**
     * Runs one command and exits with its code: 0 success, 1 error, 2 not ready.
     *
     * @param args the command and its flags
     */
    public static void main(String[] args) {
        System.exit(1);
    }
}
