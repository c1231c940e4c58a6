package dev.moodbot.app;

import dev.moodbot.app.config.MoodbotConfig;
import dev.moodbot.app.config.RuntimeDirs;
import dev.moodbot.core.config.ConfigException;
import dev.moodbot.core.history.HistoryKeeper;
import dev.moodbot.core.history.HistoryStore;
import dev.moodbot.core.history.HistoryStoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Map;

/** Opens the configured history store for the bot and for the history CLI commands alike. */
final class StoredHistory {
    /** A server database's password; never in the config file. */
    static final String PASSWORD = "MOODBOT_STORAGE_PASSWORD";

    private StoredHistory() {}

    /** The one place that says where history lives: the data folder of {@link RuntimeDirs}. */
    static Path dataFolder(Map<String, String> env) {
        return RuntimeDirs.of(env, System.getProperties()).data();
    }

    /** SQLite's driver unpacks its native library into {@link RuntimeDirs#SQLITE_TMPDIR} and fails if it is missing. */
    static void createSqliteLibraryFolder() throws IOException {
        String sqliteLibrary = System.getProperty(RuntimeDirs.SQLITE_TMPDIR);
        if (sqliteLibrary != null) {
            Files.createDirectories(Path.of(sqliteLibrary));
        }
    }

    /** @throws ConfigException naming {@code storage.url} when the store cannot be opened */
    static HistoryKeeper open(MoodbotConfig config, Map<String, String> env) {
        try {
            createSqliteLibraryFolder();
            return HistoryStore.keeper(config.storage(), dataFolder(env), new EnvSecrets(env).read(PASSWORD),
                    InstantSource.system());
        } catch (IOException e) {
            throw new ConfigException("storage.url", config.storage().url(), "cannot create a folder: " + e);
        } catch (HistoryStoreException | UncheckedIOException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            throw new ConfigException("storage.url", HistoryStore.withoutSecrets(config.storage().url()),
                    e.getMessage() + ": " + root.getMessage());
        }
    }
}
