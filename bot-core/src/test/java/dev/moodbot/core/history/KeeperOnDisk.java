package dev.moodbot.core.history;

import dev.moodbot.core.UserRef;
import dev.moodbot.core.config.StorageConfig;
import dev.moodbot.core.testing.FakeClock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A keeper on the embedded store in a fresh data folder, on a clock the test moves. */
abstract class KeeperOnDisk {
    static final UserRef ANN = new UserRef("discord", "123");

    @TempDir
    Path dataFolder;

    final FakeClock clock = new FakeClock(Instant.parse("2026-03-01T10:00:00Z"));
    HistoryKeeper keeper;

    @BeforeEach
    void open() {
        keeper = HistoryStore.keeper(StorageConfig.defaults(), dataFolder, Optional.empty(), clock);
    }

    @AfterEach
    void close() {
        keeper.close();
    }

    /** As after a restart: the same data folder, a new keeper. */
    void reopen() {
        keeper.close();
        open();
    }
}
