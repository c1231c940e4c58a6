package dev.moodbot.app.config;

import dev.moodbot.core.config.ClusterConfig;
import dev.moodbot.core.config.CoreConfig;
import dev.moodbot.core.config.InferenceConfig;
import dev.moodbot.core.config.ModelConfig;
import dev.moodbot.core.config.MusicConfig;
import dev.moodbot.core.config.RateLimitConfig;
import dev.moodbot.core.config.StorageConfig;
import dev.moodbot.core.config.VoiceConfig;
import java.util.Objects;

/** The whole of {@code moodbot.yaml}: core's sections and each platform's. */
public record MoodbotConfig(
        ModelConfig model,
        InferenceConfig inference,
        RateLimitConfig rateLimit,
        VoiceConfig voice,
        MusicConfig music,
        DiscordConfig discord,
        MetricsConfig metrics,
        StorageConfig storage,
        ClusterConfig cluster) {

    public MoodbotConfig {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(inference, "inference");
        Objects.requireNonNull(rateLimit, "rateLimit");
        Objects.requireNonNull(voice, "voice");
        Objects.requireNonNull(music, "music");
        Objects.requireNonNull(discord, "discord");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(cluster, "cluster");
    }

    public static MoodbotConfig defaults() {
        CoreConfig core = CoreConfig.defaults();
        return new MoodbotConfig(core.model(), core.inference(), core.rateLimit(), core.voice(), core.music(),
                DiscordConfig.defaults(), MetricsConfig.defaults(), StorageConfig.defaults(), ClusterConfig.defaults());
    }

    public CoreConfig core() {
        return new CoreConfig(model, inference, rateLimit, voice, music);
    }
}
