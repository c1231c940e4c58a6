package dev.moodbot.core.audio;

import dev.moodbot.core.RejectReason;
import dev.moodbot.core.config.VoiceConfig;
import dev.moodbot.core.reply.ReplyText;
import java.util.Locale;

/**
 * Friendly words for each way a voice note can fail, from the reply bundles ({@code voice.rejected.<reason>}); the
 * log keeps the technical detail.
 */
final class VoiceRejections {
    private VoiceRejections() {}

    static String message(RejectReason reason, VoiceConfig limits, ReplyText words) {
        String key = switch (reason) {
            case AUDIO_EMPTY, AUDIO_TOO_LARGE, AUDIO_UNSUPPORTED, AUDIO_CORRUPT, AUDIO_NO_SOUND_TRACK, AUDIO_SILENT,
                    AUDIO_UNAVAILABLE, AUDIO_DECODE_TIMEOUT -> reason.name().toLowerCase(Locale.ROOT);
            default -> "failed";
        };
        return words.voiceRejected(key, megabytes(limits.maxBytes()));
    }

    private static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }
}
