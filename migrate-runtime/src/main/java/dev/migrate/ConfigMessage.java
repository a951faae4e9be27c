package dev.migrate;

import java.util.Locale;

/** The messages of {@link MigrateConfig}, worded once. Each names the setting to change. */
enum ConfigMessage {
    /** Args: the setting. */
    EMPTY("%s is empty; give a value, or remove it to use the default"),
    /** Args: the setting. */
    NOT_A_JDBC_URL("%s is not a JDBC URL; give one that starts with jdbc:, such as jdbc:postgresql://localhost:5432/app"),
    /** Args: the setting, the value. */
    BAD_BOOLEAN("%s is \"%s\"; give true or false"),
    /** Args: the setting, the value. */
    BAD_DURATION("%s is \"%s\"; give a number of seconds (600) or an ISO-8601 duration (PT10M), zero or more"),
    /** Args: the setting, the value. */
    UNKNOWN_DIALECT("%s is \"%s\"; give postgresql, mysql, mariadb or h2"),
    /** Args: the setting, the pair, the rule ids. */
    UNKNOWN_LINT_RULE("%s names an unknown lint rule in \"%s\"; the rules are %s"),
    /** Args: the setting, the pair. */
    BAD_LINT_LEVEL("%s has \"%s\"; write rule=level, the level warn, fail (or error) or off, such as"
            + " drop-column=warn,index-not-concurrent=fail"),
    /** Args: where the user comes from, where the password comes from. */
    CREDENTIALS_TWO_PLACES("The credentials come from two places: the user from %s and the password from %s. Give"
            + " both in one place, so that they belong together, and remove the other"),
    /** Args: the problem, the settings. */
    BAD_TABLE_NAMES("%s; change %s"),
    /** Args: the file, the key, the known keys. */
    UNKNOWN_FILE_KEY("%s has an unknown key \"%s\"; the keys are %s"),
    /** Args: the key given, the known keys. */
    UNKNOWN_KEY("\"%s\" is not a configuration key; the keys are %s"),
    /** Args: the file, the problem. */
    UNREADABLE_FILE("Cannot read the configuration file %s: %s"),
    /** Args: the command, the settings to set, examples. */
    MISSING_TARGET("%s needs a target; set %s, such as %s"),
    /** Args: the environment variable. */
    FROM_ENVIRONMENT("the environment variable %s"),
    /** Args: the key, the file. */
    FROM_FILE("%s in %s");

    private final String template;

    ConfigMessage(String template) {
        this.template = template;
    }

    String format(Object... args) {
        return String.format(Locale.ROOT, template, args);
    }
}
