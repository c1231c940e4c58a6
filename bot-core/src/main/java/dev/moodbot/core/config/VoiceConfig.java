package dev.moodbot.core.config;

import java.time.Duration;

/**
 * Limits on voice notes.
 *
 * @param maxBytes larger files are refused before they are downloaded or decoded
 * @param maxDuration longer notes are analysed up to this point, and the reply says so
 * @param decodeTimeout a decode that takes longer is abandoned
 * @param transcribeTimeout speech recognition stops after this; the words heard until then are read
 * @param transcriptInChannels whether replies in channels quote what was heard; in a DM it is always shown, to the
 *     one who said it
 */
public record VoiceConfig(long maxBytes, Duration maxDuration, Duration decodeTimeout, Duration transcribeTimeout,
        boolean transcriptInChannels) {
    public VoiceConfig {
        ConfigException.check(maxBytes >= 1024, "voice.maxBytes", maxBytes, "must be at least 1024 bytes");
        ConfigException.check(maxDuration != null && maxDuration.compareTo(Duration.ofSeconds(1)) >= 0,
                "voice.maxDuration", maxDuration, "must be a duration of at least 1s");
        ConfigException.check(decodeTimeout != null && decodeTimeout.compareTo(Duration.ofMillis(100)) >= 0,
                "voice.decodeTimeout", decodeTimeout, "must be a duration of at least 100ms");
        ConfigException.check(transcribeTimeout != null && transcribeTimeout.compareTo(Duration.ofMillis(100)) >= 0,
                "voice.transcribeTimeout", transcribeTimeout, "must be a duration of at least 100ms");
    }

    /** These limits with another size, length and decode limit; the rest as they are. */
    public VoiceConfig withLimits(long newMaxBytes, Duration newMaxDuration, Duration newDecodeTimeout) {
        return new VoiceConfig(newMaxBytes, newMaxDuration, newDecodeTimeout, transcribeTimeout, transcriptInChannels);
    }

    public static VoiceConfig defaults() {
        // A 5-minute note takes about 45 s to transcribe on one busy core (real-time factor 0.15).
        return new VoiceConfig(25L * 1024 * 1024, Duration.ofMinutes(5), Duration.ofSeconds(20), Duration.ofSeconds(90),
                false);
    }
}
