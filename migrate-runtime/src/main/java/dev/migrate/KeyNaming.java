package dev.migrate;

/**
 * How a front end names a {@link ConfigKey} to its users, so that a {@link MigrateConfig} message
 * names the setting to change the way the user wrote it: the Maven plugin says {@code
 * migrate.user}, a command line {@code --user}. Values from the environment and from a {@code
 * migrate.properties} file are named by the variable and by the file's key, whatever the naming.
 *
 * <pre>{@code
 * MigrateConfig.builder().naming(key -> "migrate." + key.key())
 * }</pre>
 */
@FunctionalInterface
public interface KeyNaming {

    /**
     * The name of the key's explicit setting.
     *
     * @param key the key
     * @return such as {@code migrate.user} or {@code --user}
     */
    String name(ConfigKey key);

    /**
     * The keys as they are: {@code url}, {@code versionTable}, ...; the default.
     *
     * @return the naming
     */
    static KeyNaming keys() {
        return ConfigKey::key;
    }
}
