package dev.moodbot.core.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moodbot.core.config.StorageConfig;
import dev.moodbot.core.mood.Mood;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository contract on the embedded default: a SQLite file in the data folder. */
class SqliteMoodHistoryTest extends BaseMoodHistoryTest {
    @TempDir
    Path dataFolder;

    @Override
    String emptyDatabaseUrl() {
        return StorageConfig.defaults().jdbcUrl(dataFolder);
    }

    @Test
    void open_existingFile_keepsReadingsAcrossRestarts() {
        history.record(ANN, reading(T0, Mood.JOY, 5));
        history.close();
        history = HistoryStore.open(emptyDatabaseUrl(), Optional.empty());
        assertEquals(1, history.export(ANN, Instant.EPOCH).size());
    }
}
