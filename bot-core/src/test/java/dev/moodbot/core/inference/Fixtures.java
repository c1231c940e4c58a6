package dev.moodbot.core.inference;

import dev.moodbot.core.config.InferenceConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Paths and settings the inference tests share. */
final class Fixtures {
    private Fixtures() {}

    static Path repoRoot() {
        return Path.of(System.getProperty("moodbot.root", "..")).toAbsolutePath().normalize();
    }

    static Path tinyModel() {
        return repoRoot().resolve("models/fixtures/tiny-bert-stars");
    }

    /** Where tests unpack the embedded encoder: under the build folder, shared by test runs. */
    static Path cacheRoot() {
        return repoRoot().resolve("bot-core/target/model-cache");
    }

    static InferenceConfig config(int tokenCacheSize) {
        return new InferenceConfig(InferenceConfig.Device.CPU, 2, 1, 1, 32, Duration.ofMillis(5), 128,
                Duration.ofMillis(10), 64, tokenCacheSize, 0, Duration.ZERO);
    }

    /** A copy of the tiny model's files in {@code dir}, to be broken by a test. */
    static Path copyOfTinyModel(Path dir) throws IOException {
        Path copy = dir.resolve("copy");
        Files.createDirectories(copy);
        try (var files = Files.list(tinyModel())) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        return copy;
    }
}
