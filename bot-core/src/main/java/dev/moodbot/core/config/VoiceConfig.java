package dev.moodbot.core.config;

import java.time.Duration;

/**
 * Limits on voice notes.
 *
 * @param maxBytes larger files are refused before they are downloaded or decoded
 * @param maxDuration longer notes are analysed up to this point, and the reply says so
 * @param decodeTimeout a decode that takes longer is abandoned
 */
public record VoiceConfig(long maxBytes, Duration maxDuration, Duration decodeTimeout) {
    public VoiceConfig {
        ConfigException.check(maxBytes >= 1024, "voice.maxBytes", maxBytes, "must be at least 1024 bytes");
        ConfigException.check(maxDuration != null && maxDuration.compareTo(Duration.ofSeconds(1)) >= 0,
                "voice.maxDuration", maxDuration, "must be a duration of at least 1s");
        ConfigException.check(decodeTimeout != null && decodeTimeout.compareTo(Duration.ofMillis(100)) >= 0,
                "voice.decodeTimeout", decodeTimeout, "must be a duration of at least 100ms");
    }

    public static VoiceConfig defaults() {
        return new VoiceConfig(25L * 1024 * 1024, Duration.ofMinutes(5), Duration.ofSeconds(20));
    }
}
