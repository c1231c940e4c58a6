package dev.moodbot.core.config;

import java.util.Objects;

/** Everything core needs, built once at start-up. */
public record CoreConfig(
        ModelConfig model, InferenceConfig inference, RateLimitConfig rateLimit, VoiceConfig voice, MusicConfig music) {
    public CoreConfig {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(inference, "inference");
        Objects.requireNonNull(rateLimit, "rateLimit");
        Objects.requireNonNull(voice, "voice");
        Objects.requireNonNull(music, "music");
    }

    public static CoreConfig defaults() {
        return new CoreConfig(ModelConfig.defaults(), InferenceConfig.defaults(), RateLimitConfig.defaults(),
                VoiceConfig.defaults(), MusicConfig.defaults());
    }
}
