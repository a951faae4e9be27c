/**
 * The command line: every command of the Maven goals, run with {@code java -jar} from a release
 * bundle or with {@code java -cp … dev.migrate.cli.Main} from an application's class path. {@link
 * dev.migrate.cli.Main} is its one public class; the commands map their flags onto the runtime's
 * {@code MigrateConfig} and print the runtime's reports ({@code dev.migrate.report}).
 */
package dev.migrate.cli;
