package dev.moodbot.core.history;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.moodbot.core.config.Secret;
import dev.moodbot.core.config.StorageConfig;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Optional;
import org.flywaydb.core.Flyway;

/** Opens the history database: a connection pool, then Flyway brings the schema up to date. */
public final class HistoryStore {
    /** Enough for the bot's writes and a CLI's reads; SQLite serialises writers anyway. */
    private static final int POOL_SIZE = 4;

    /** The salt of {@link UserPseudonyms}, beside the embedded database and never inside any database. */
    static final String SALT_FILE = "history.salt";

    private HistoryStore() {}

    /** The configured store with consent and retention around it; the data folder holds the salt and the file. */
    public static HistoryKeeper keeper(StorageConfig config, Path dataFolder, Optional<Secret> password,
            InstantSource clock) {
        try {
            java.nio.file.Files.createDirectories(dataFolder);
        } catch (java.io.IOException e) {
            throw new HistoryStoreException("cannot create the data folder " + dataFolder, e);
        }
        UserPseudonyms pseudonyms = UserPseudonyms.fromSaltFile(dataFolder.resolve(SALT_FILE));
        return new HistoryKeeper(open(config.jdbcUrl(dataFolder), password), pseudonyms, config.retention(), clock);
    }

    /**
     * @param password for a server database, from the environment; the embedded file has none
     * @throws HistoryStoreException when the database cannot be reached or migrated
     */
    public static MoodHistory open(String jdbcUrl, Optional<Secret> password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        password.ifPresent(secret -> config.setPassword(secret.reveal()));
        config.setMaximumPoolSize(POOL_SIZE);
        config.setPoolName("moodbot-history");
        config.setConnectionTimeout(5_000);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new HistoryStoreException("cannot open the history database " + withoutSecrets(jdbcUrl), e);
        }
        try {
            // Its own history table name, so a PostgreSQL schema shared with other software is left alone.
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").table("moodbot_schema_history")
                    .baselineOnMigrate(true).baselineVersion("0").load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw new HistoryStoreException("cannot migrate the history database " + withoutSecrets(jdbcUrl), e);
        }
        return new SqlMoodHistory(pool);
    }

    /** A URL may carry {@code password=…}; errors and logs show it without its query. */
    public static String withoutSecrets(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
    }
}
