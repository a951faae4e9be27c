package dev.migrate.cli;

import dev.migrate.ConfigKey;
import dev.migrate.MigrateConfig;
import dev.migrate.MigrationException;
import dev.migrate.internal.Redaction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Turns a command's flags into the runtime's {@link MigrateConfig}: the flags are its explicit
 * values, named {@code --url}, {@code --version-table}, ... in its messages, and the configuration
 * itself falls through to the {@code MIGRATE_*} variables and the {@code --config} file. The
 * password may also come from {@code --password-file}, or from a prompt on a terminal.
 */
final class Settings {

    private Settings() {}

    /**
     * The configuration of one command.
     *
     * @param command the command, for a usage error
     * @param options the shared flags
     * @param own the command's own keys, such as its target; {@code null} values are left to the other sources
     * @param environment the environment and the terminal
     */
    static MigrateConfig of(CommandLine command, DatabaseOptions options, Map<ConfigKey, String> own,
            Environment environment) {
        if (options.password != null && options.passwordFile != null) {
            throw new ParameterException(command, "Give --password or --password-file, not both");
        }
        MigrateConfig.Builder builder = MigrateConfig.builder()
                .environment(environment.variables())
                .naming(key -> key == ConfigKey.PASSWORD && options.passwordFile != null ? "--password-file"
                        : flag(key))
                .set(ConfigKey.URL, options.url)
                .set(ConfigKey.USER, options.user)
                .set(ConfigKey.PASSWORD, options.passwordFile != null ? read(options) : options.password)
                .set(ConfigKey.SCHEMA, options.schema)
                .set(ConfigKey.VERSION_TABLE, options.versionTable)
                .set(ConfigKey.HISTORY_TABLE, options.historyTable)
                .set(ConfigKey.LOCK_TIMEOUT, options.lockTimeout)
                .set(ConfigKey.ENVIRONMENT, options.environment)
                .set(ConfigKey.CONFIRM, options.confirm);
        own.forEach(builder::set);
        if (options.config != null) {
            builder.file(options.config);
        }
        MigrateConfig config = builder.build();
        if (!wantsPrompt(config, environment)) {
            return config;
        }
        char[] typed = environment.terminal().readPassword("Password for " + config.user().get() + " at "
                + Redaction.url(config.url().get()) + ": ");
        String password = typed == null ? "" : new String(typed);
        // The password joins the user's source, since the configuration wants both from one place.
        if (options.user != null) {
            builder.set(ConfigKey.PASSWORD, password);
        } else {
            Map<String, String> variables = new HashMap<>(environment.variables());
            variables.put(ConfigKey.PASSWORD.environmentVariable(), password);
            builder.environment(variables);
        }
        return builder.build();
    }

    /** A boolean flag as the configuration takes it: {@code null} when not given, left to the other sources. */
    static String text(Boolean flag) {
        return flag == null ? null : flag.toString();
    }

    /** The flag of a key: {@code versionTable} is {@code --version-table}. */
    static String flag(ConfigKey key) {
        return "--" + key.key().replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    }

    /**
     * A terminal, a user from a flag or the environment, and no password anywhere: ask for it. A user
     * from the {@code --config} file takes its password from there too.
     */
    private static boolean wantsPrompt(MigrateConfig config, Environment environment) {
        if (!environment.onTerminal() || config.url().isEmpty() || config.user().isEmpty()
                || config.password().isPresent()) {
            return false;
        }
        String origin = config.origin(ConfigKey.USER).orElse("");
        return origin.equals(flag(ConfigKey.USER)) || origin.contains(ConfigKey.USER.environmentVariable());
    }

    private static String read(DatabaseOptions options) {
        try {
            String text = Files.readString(options.passwordFile, StandardCharsets.UTF_8);
            // What editors and `echo secret > file` add is no part of the password.
            return text.endsWith("\r\n") ? text.substring(0, text.length() - 2)
                    : text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        } catch (IOException e) {
            throw new MigrationException("Cannot read --password-file " + options.passwordFile + ": "
                    + e.getClass().getSimpleName() + "; give a readable file", e);
        }
    }
}
