package dev.migrate.cli;

import picocli.CommandLine.Option;

/** How much a command says, and in which form. */
final class OutputOptions {

    @Option(names = "--json", description = "Prints the result as one line of JSON on the standard output.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "Prints no progress, only warnings and errors.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Prints more: the database, the tables, the runtime's log.")
    boolean verbose;
}
