package dev.moodbot.app.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodbot.core.config.ClusterConfig;
import dev.moodbot.core.config.ConfigException;
import dev.moodbot.core.config.InferenceConfig;
import dev.moodbot.core.config.ModelConfig;
import dev.moodbot.core.config.MusicConfig;
import dev.moodbot.core.config.RateLimitConfig;
import dev.moodbot.core.config.StorageConfig;
import dev.moodbot.core.config.VoiceConfig;
import dev.moodbot.discord.DiscordShards;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {
    private static final Path SHIPPED = Path.of(System.getProperty("moodbot.root"), "config", "moodbot.yaml");

    private final ConfigLoader loader = new ConfigLoader(Map.of());

    @Test
    void load_shippedFile_equalsDefaults() throws Exception {
        assertEquals(MoodbotConfig.defaults(), loader.parse(Files.readString(SHIPPED), SHIPPED.toString()));
    }

    @Test
    void parse_emptyFile_givesDefaults() {
        assertEquals(MoodbotConfig.defaults(), loader.parse("", "empty"));
    }

    @Test
    void parse_everyKeyExplicit_mapsEachKey() {
        String yaml = """
                model: {text: /opt/models/stars, korean: builtin:ko-emotion, audio: /opt/audio, unclearBelow: 0.4,
                        stt: /opt/vosk-model-small-ko, audioWeight: 0.5}
                inference: {device: CPU, workers: 4, intraOpThreads: 2, interOpThreads: 3, batchSize: 8,
                            maxBatchDelay: 20ms, gpuBatchSize: 64, gpuMaxBatchDelay: 3ms, queueCapacity: 99,
                            tokenCacheSize: 5, resultCacheSize: 7, resultCacheWindow: 2s}
                rateLimit: {burst: 2, refill: 7, period: 1m, idleExpiry: 2h}
                voice: {maxBytes: 2048, maxDuration: 90s, decodeTimeout: PT3S, transcribeTimeout: 45s,
                        transcriptInChannels: true}
                music: {tracks: /etc/moodbot/tracks.yaml, perReply: 5}
                discord: {commandGuildId: "123456789012345678", shards: {total: 4, ids: [1, 3]}}
                metrics: {port: 9404, host: 0.0.0.0}
                storage: {url: "jdbc:postgresql://db.internal:5432/moodbot?user=moodbot", retention: 30d}
                cluster: {redis: "redis://redis.internal:6379/2"}
                """;
        MoodbotConfig expected = new MoodbotConfig(
                new ModelConfig("/opt/models/stars", "builtin:ko-emotion", "/opt/audio", 0.4, "/opt/vosk-model-small-ko",
                        0.5),
                new InferenceConfig(InferenceConfig.Device.CPU, 4, 2, 3, 8, Duration.ofMillis(20), 64,
                        Duration.ofMillis(3), 99, 5, 7, Duration.ofSeconds(2)),
                new RateLimitConfig(2, 7, Duration.ofMinutes(1), Duration.ofHours(2)),
                new VoiceConfig(2048, Duration.ofSeconds(90), Duration.ofSeconds(3), Duration.ofSeconds(45), true),
                new MusicConfig("/etc/moodbot/tracks.yaml", 5),
                new DiscordConfig("123456789012345678", new DiscordShards(4, List.of(1, 3))),
                new MetricsConfig(9404, "0.0.0.0"),
                new StorageConfig("jdbc:postgresql://db.internal:5432/moodbot?user=moodbot", Duration.ofDays(30)),
                new ClusterConfig("redis://redis.internal:6379/2"));
        MoodbotConfig parsed = loader.parse(yaml, "test");
        assertEquals(expected, parsed);
        // Each key differs from its default, so no mapping can silently fall back to one.
        MoodbotConfig defaults = MoodbotConfig.defaults();
        assertTrue(!parsed.model().equals(defaults.model()) && !parsed.inference().equals(defaults.inference())
                && !parsed.rateLimit().equals(defaults.rateLimit()) && !parsed.voice().equals(defaults.voice())
                && !parsed.music().equals(defaults.music()) && !parsed.discord().equals(defaults.discord())
                && !parsed.metrics().equals(defaults.metrics())
                && !parsed.storage().equals(defaults.storage()) && !parsed.cluster().equals(defaults.cluster()));
        assertEquals(java.util.OptionalLong.of(123456789012345678L), parsed.discord().commandGuild());
    }

    @Test
    void parse_defaultDiscord_registersCommandsGlobally() {
        assertTrue(loader.parse("", "empty").discord().commandGuild().isEmpty());
    }

    @Test
    void parse_badCommandGuildId_namesKeyAndValue() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> loader.parse("discord:\n  commandGuildId: my-server\n", "test"));
        assertEquals("discord.commandGuildId", e.key());
        assertTrue(e.getMessage().contains("my-server"), e.getMessage());
    }

    @Test
    void parse_defaultStorage_isEmbeddedFileInDataFolderKeptNinetyDays() {
        StorageConfig storage = loader.parse("", "empty").storage();
        assertEquals(new StorageConfig("embedded", Duration.ofDays(90)), storage);
        assertTrue(storage.jdbcUrl(Path.of("/data/moodbot")).startsWith("jdbc:sqlite:/data/moodbot/history.db?"),
                storage.jdbcUrl(Path.of("/data/moodbot")));
    }

    @Test
    void parse_badStorage_namesKeyAndValue() {
        ConfigException url = assertThrows(ConfigException.class,
                () -> loader.parse("storage:\n  url: postgres://db/moodbot\n", "test"));
        assertEquals("storage.url", url.key());
        ConfigException retention = assertThrows(ConfigException.class,
                () -> loader.parse("storage:\n  retention: 1h\n", "test"));
        assertEquals("storage.retention", retention.key());
    }

    @Test
    void parse_defaultClusterAndShards_oneProcessOneSession() {
        MoodbotConfig parsed = loader.parse("", "empty");
        assertEquals(java.util.Optional.empty(), parsed.cluster().redisUrl());
        assertEquals(DiscordShards.single(), parsed.discord().shards());
    }

    @Test
    void parse_badClusterRedis_namesKeyWithoutThePassword() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> loader.parse("cluster:\n  redis: http://:hunter2@cache:6379\n", "test"));
        assertEquals("cluster.redis", e.key());
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
        assertFalse(new ClusterConfig("redis://:hunter2@cache:6379").toString().contains("hunter2"));
    }

    @Test
    void parse_shardIdOutsideTotal_namesKey() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> loader.parse("discord:\n  shards: {total: 2, ids: [0, 2]}\n", "test"));
        assertEquals("discord.shards.ids", e.key());
    }

    @Test
    void parse_partialSection_keepsOtherDefaults() {
        MoodbotConfig parsed = loader.parse("inference:\n  workers: 1\n", "test");
        assertEquals(1, parsed.inference().workers());
        assertEquals(InferenceConfig.defaults().batchSize(), parsed.inference().batchSize());
        assertEquals(RateLimitConfig.defaults(), parsed.rateLimit());
    }

    @Test
    void parse_unknownKey_namesKey() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> loader.parse("inference:\n  wrokers: 3\n", "test"));
        assertEquals("inference.wrokers", e.key());
        assertTrue(e.getMessage().contains("wrokers") && e.getMessage().contains("workers"), e.getMessage());
    }

    @Test
    void parse_outOfRangeValue_namesKeyAndValue() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> loader.parse("inference:\n  workers: 0\n", "test"));
        assertEquals("inference.workers", e.key());
        assertTrue(e.getMessage().contains("got: 0"), e.getMessage());
    }

    @Test
    void parse_badEnum_namesKeyAndValue() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> loader.parse("inference:\n  device: tpu\n", "test"));
        assertEquals("inference.device", e.key());
        assertTrue(e.getMessage().contains("tpu"), e.getMessage());
    }

    @Test
    void parse_badDuration_namesKeyAndValue() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> loader.parse("rateLimit:\n  period: soon\n", "test"));
        assertEquals("rateLimit.period", e.key());
        assertTrue(e.getMessage().contains("soon"), e.getMessage());
    }

    @Test
    void parse_notYaml_namesSource() {
        ConfigException e = assertThrows(ConfigException.class, () -> loader.parse("model: [unclosed", "my.yaml"));
        assertTrue(e.getMessage().startsWith("my.yaml"), e.getMessage());
    }

    @Test
    void load_envNamesFile_readsIt(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("moodbot.yaml");
        Files.writeString(file, "music:\n  perReply: 1\n");
        MoodbotConfig config = new ConfigLoader(Map.of(ConfigLoader.CONFIG_ENV, file.toString())).load(Optional.empty());
        assertEquals(1, config.music().perReply());
    }
}
