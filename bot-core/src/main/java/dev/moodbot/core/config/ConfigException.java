package dev.moodbot.core.config;

/** A configuration value that cannot be used; the message names the key and the value. */
public final class ConfigException extends RuntimeException {
    private final String key;

    public ConfigException(String key, Object value, String problem) {
        super(key + ": " + problem + " (got: " + value + ")");
        this.key = key;
    }

    public String key() {
        return key;
    }

    static void check(boolean ok, String key, Object value, String problem) {
        if (!ok) {
            throw new ConfigException(key, value, problem);
        }
    }
}
