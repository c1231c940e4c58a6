package dev.moodbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.moodbot.core.config.ClusterConfig;
import dev.moodbot.core.config.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterEnvTest {
    private static final ClusterConfig FROM_FILE = new ClusterConfig("redis://cache.internal:6379");

    @Test
    void config_nothingInEnv_keepsTheFile() {
        assertEquals(FROM_FILE, ClusterEnv.config(Map.of(), FROM_FILE));
    }

    @Test
    void config_urlWithPasswordInEnv_overridesTheFile() {
        ClusterConfig config = ClusterEnv.config(Map.of(ClusterEnv.REDIS, "redis://:s3cret@cache.internal:6380"),
                FROM_FILE);
        assertEquals(Optional.of("redis://:s3cret@cache.internal:6380"), config.redisUrl());
        assertEquals("redis://****@cache.internal:6380", config.redisWithoutSecrets());
        assertFalse(config.toString().contains("s3cret"), config.toString());
    }

    @Test
    void config_urlInFile_read(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("redis-url");
        Files.writeString(file, "rediss://:s3cret@cache.internal:6380\n");
        assertEquals(Optional.of("rediss://:s3cret@cache.internal:6380"),
                ClusterEnv.config(Map.of(ClusterEnv.REDIS + "_FILE", file.toString()), FROM_FILE).redisUrl());
    }

    @Test
    void config_notARedisUrl_namesTheVariableWithoutTheValue() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ClusterEnv.config(Map.of(ClusterEnv.REDIS, "cache:s3cret@6379"), FROM_FILE));
        assertEquals(ClusterEnv.REDIS, e.key());
        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
    }
}
