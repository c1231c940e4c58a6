package dev.moodbot.app;

import dev.moodbot.core.config.ClusterConfig;
import dev.moodbot.core.config.ConfigException;
import java.util.Map;

/**
 * The {@code cluster:} section, with {@code cluster.redis} taken from the environment when it is set there: a Redis
 * URL may carry a password, and secrets belong in the environment or a file, not in the YAML file.
 */
final class ClusterEnv {
    static final String REDIS = "MOODBOT_CLUSTER_REDIS";

    private ClusterEnv() {}

    /** @throws dev.moodbot.core.config.ConfigException naming the key, never the password */
    static ClusterConfig config(Map<String, String> env, ClusterConfig fromFile) {
        return new EnvSecrets(env).read(REDIS).map(url -> {
            try {
                return new ClusterConfig(url.reveal());
            } catch (ConfigException e) {
                throw new ConfigException(REDIS, "****", "must be a URL such as redis://:password@host:6379");
            }
        }).orElse(fromFile);
    }
}
