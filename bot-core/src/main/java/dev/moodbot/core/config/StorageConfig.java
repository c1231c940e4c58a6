package dev.moodbot.core.config;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where mood history is kept and for how long.
 *
 * @param url {@code embedded} for a SQLite file in the data folder, or a JDBC URL ({@code jdbc:postgresql://…})
 * @param retention readings older than this are purged
 */
public record StorageConfig(String url, Duration retention) {
    public static final String EMBEDDED = "embedded";
    /** The embedded store's file name inside the data folder. */
    public static final String EMBEDDED_FILE = "history.db";

    public StorageConfig {
        ConfigException.check(url != null && (url.equals(EMBEDDED) || url.startsWith("jdbc:")), "storage.url", url,
                "must be 'embedded' or a JDBC URL such as jdbc:postgresql://host/db");
        ConfigException.check(retention != null && retention.compareTo(Duration.ofDays(1)) >= 0, "storage.retention",
                retention, "must be a duration of at least 1d");
    }

    public static StorageConfig defaults() {
        return new StorageConfig(EMBEDDED, Duration.ofDays(90));
    }

    /**
     * The JDBC URL to open. The embedded file runs in WAL mode with relaxed syncing: a reading costs ~0.06 ms instead
     * of ~6-16 ms with SQLite's default full sync per commit, and a crash loses at most the last readings.
     */
    public String jdbcUrl(Path dataFolder) {
        if (!url.equals(EMBEDDED)) {
            return url;
        }
        return "jdbc:sqlite:" + dataFolder.resolve(EMBEDDED_FILE)
                + "?journal_mode=WAL&synchronous=NORMAL&busy_timeout=5000";
    }
}
