package dev.moodbot.core;

/** Why a request could not be read. Each has its own friendly message. */
public enum RejectReason {
    EMPTY_TEXT,
    /** The message was only markup: mentions, links, code. */
    NOTHING_TO_READ,
    AUDIO_EMPTY,
    AUDIO_TOO_LARGE,
    AUDIO_UNSUPPORTED,
    AUDIO_CORRUPT,
    AUDIO_NO_SOUND_TRACK,
    AUDIO_SILENT,
    AUDIO_DECODE_TIMEOUT,
    /** The platform's file could not be fetched, or was offered where moodbot may not send its token. */
    AUDIO_UNAVAILABLE,
    VOICE_UNAVAILABLE,
    INTERNAL_ERROR
}
