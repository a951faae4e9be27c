package dev.migrate;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where configuration values come from, in order of precedence: explicit values, then environment
 * variables, then a {@code migrate.properties} file. Picks each key's value from the first source
 * that has it.
 */
final class ConfigSources {

    private static final String EXPLICIT = "explicit";
    private static final String ENVIRONMENT = "environment";

    private final Map<ConfigKey, String> explicit;
    private final Map<String, String> environment;
    private final Map<String, String> file;
    private final String fileName;
    private final KeyNaming naming;

    ConfigSources(Map<ConfigKey, String> explicit, Map<String, String> environment, Map<String, String> file,
            String fileName, KeyNaming naming) {
        this.explicit = new EnumMap<>(ConfigKey.class);
        this.explicit.putAll(explicit);
        this.environment = Map.copyOf(environment);
        this.file = new TreeMap<>(file);
        this.fileName = fileName;
        this.naming = naming;
    }

    /**
     * Each key's value from the first source that has it. An empty environment variable counts as
     * unset, as shells and container definitions leave variables empty to clear them.
     *
     * @throws MigrationException when the file has a key that is none of {@link ConfigKey}
     */
    Map<ConfigKey, ConfigValue> resolve() {
        Map<ConfigKey, String> fromFile = new EnumMap<>(ConfigKey.class);
        file.forEach((key, value) -> fromFile.put(ConfigKey.forKey(key).orElseThrow(() -> new MigrationException(
                ConfigMessage.UNKNOWN_FILE_KEY.format(fileName, key, ConfigKey.all()))), value));
        Map<ConfigKey, ConfigValue> values = new EnumMap<>(ConfigKey.class);
        for (ConfigKey key : ConfigKey.values()) {
            String env = environment.get(key.environmentVariable());
            if (explicit.get(key) != null) {
                values.put(key, new ConfigValue(explicit.get(key), naming.name(key), EXPLICIT));
            } else if (env != null && !env.isEmpty()) {
                values.put(key, new ConfigValue(env, ConfigMessage.FROM_ENVIRONMENT.format(key.environmentVariable()),
                        ENVIRONMENT));
            } else if (fromFile.get(key) != null) {
                values.put(key, new ConfigValue(fromFile.get(key), ConfigMessage.FROM_FILE.format(key.key(), fileName),
                        fileName));
            }
        }
        return values;
    }

    /**
     * Every setting that would give {@code key} a value, for a message that asks for one.
     *
     * @return such as {@code migrate.target or the environment variable MIGRATE_TARGET}
     */
    String settingsOf(ConfigKey key) {
        String env = ConfigMessage.FROM_ENVIRONMENT.format(key.environmentVariable());
        return fileName == null ? naming.name(key) + " or " + env
                : naming.name(key) + ", " + env + " or " + ConfigMessage.FROM_FILE.format(key.key(), fileName);
    }
}
