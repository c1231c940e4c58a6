package dev.moodbot.core.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * State that several moodbot processes share: per-user rate limits and Slack's event de-duplication.
 *
 * @param redis {@code none} to keep that state in this process, or {@code redis://[:password@]host:port[/db]}
 *     ({@code rediss://} for TLS). The URL may carry a password, so it is never shown: {@link #toString()} and every
 *     error print {@link #redisWithoutSecrets()}.
 */
public record ClusterConfig(String redis) {
    public static final String NONE = "none";

    public ClusterConfig {
        redis = redis == null ? null : redis.strip();
        ConfigException.check(redis != null && (redis.equals(NONE) || isRedisUrl(redis)), "cluster.redis",
                withoutSecrets(redis), "must be 'none' or a URL such as redis://host:6379 (rediss:// for TLS)");
    }

    public static ClusterConfig defaults() {
        return new ClusterConfig(NONE);
    }

    /** The Redis URL to connect to, or empty when the state stays in this process. */
    public Optional<String> redisUrl() {
        return redis.equals(NONE) ? Optional.empty() : Optional.of(redis);
    }

    /** The URL with any user and password replaced by {@code ****}: the only form that may be logged. */
    public String redisWithoutSecrets() {
        return withoutSecrets(redis);
    }

    @Override
    public String toString() {
        return "ClusterConfig[redis=" + redisWithoutSecrets() + "]";
    }

    private static boolean isRedisUrl(String url) {
        try {
            URI uri = new URI(url);
            return ("redis".equals(uri.getScheme()) || "rediss".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static String withoutSecrets(String url) {
        if (url == null) {
            return null;
        }
        int at = url.lastIndexOf('@');
        int scheme = url.indexOf("://");
        return at > scheme && scheme >= 0 ? url.substring(0, scheme + 3) + "****" + url.substring(at) : url;
    }
}
