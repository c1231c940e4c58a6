package dev.moodbot.core.audio;

import dev.moodbot.core.RejectReason;
import dev.moodbot.core.config.VoiceConfig;

/** Friendly words for each way a voice note can fail; the log keeps the technical detail. */
final class VoiceRejections {
    private VoiceRejections() {}

    static String message(RejectReason reason, VoiceConfig limits) {
        return switch (reason) {
            case AUDIO_EMPTY -> "🎙️ That voice note is empty (0 bytes). Could you record it again?";
            case AUDIO_TOO_LARGE -> "📦 That file is too big for me (the limit is " + megabytes(limits.maxBytes())
                    + "). Please send a shorter voice note.";
            case AUDIO_UNSUPPORTED -> "🤔 I couldn't recognise that file as audio. Send a voice message or an audio"
                    + " file (OGG, M4A, WebM, MP3, WAV or FLAC).";
            case AUDIO_CORRUPT -> "🩹 That audio file looks damaged or cut off, so I couldn't play it."
                    + " Please try sending it again.";
            case AUDIO_NO_SOUND_TRACK -> "🎞️ That file has no sound track, so there is nothing for me to listen to.";
            case AUDIO_SILENT -> "🔇 I couldn't hear anything: the recording is silent.";
            case AUDIO_UNAVAILABLE -> "📎 I couldn't fetch that file, so I couldn't listen to it."
                    + " Please upload the voice note here again.";
            case AUDIO_DECODE_TIMEOUT -> "⏱️ That file took too long to open, so I stopped."
                    + " Please send a shorter voice note.";
            default -> "😵 Something went wrong while I was listening. Please try again.";
        };
    }

    private static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }
}
