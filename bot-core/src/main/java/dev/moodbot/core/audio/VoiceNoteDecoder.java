package dev.moodbot.core.audio;

import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_FATAL;
import static org.bytedeco.ffmpeg.global.avutil.av_log_set_level;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.moodbot.core.RejectReason;
import dev.moodbot.core.config.VoiceConfig;
import java.util.Objects;

/**
 * Turns a voice note into mono float PCM at a requested rate with FFmpeg (Ogg/Opus, WebM/Opus, M4A/AAC, MP3, WAV,
 * FLAC and whatever else libavformat probes), from memory, within the configured limits. Safe to share between
 * threads; blocking, so callers run it on their own executor.
 */
public final class VoiceNoteDecoder implements AutoCloseable {
    private final VoiceConfig limits;
    private final Ticker ticker;
    private final FfmpegDecoder ffmpeg = new FfmpegDecoder();

    /**
     * @param ticker the clock the decode timeout is measured with; a parameter so tests can make time pass
     */
    public VoiceNoteDecoder(VoiceConfig limits, Ticker ticker) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        // FFmpeg writes every probe failure to stderr; bad uploads are expected and reported through our own log.
        av_log_set_level(AV_LOG_FATAL);
    }

    public VoiceNoteDecoder(VoiceConfig limits) {
        this(limits, Ticker.systemTicker());
    }

    /** Decodes at most {@code maxDuration} of the note; refuses empty and over-size notes without decoding. */
    public DecodeOutcome decode(VoiceNote note, int sampleRate) {
        if (sampleRate < 1000 || sampleRate > 192_000) {
            throw new IllegalArgumentException("sampleRate must be within 1000..192000: " + sampleRate);
        }
        byte[] bytes = note.bytes();
        if (bytes.length == 0) {
            return FfmpegDecoder.refused(RejectReason.AUDIO_EMPTY, "0 bytes");
        }
        if (bytes.length > limits.maxBytes()) {
            return FfmpegDecoder.refused(RejectReason.AUDIO_TOO_LARGE,
                    bytes.length + " bytes > voice.maxBytes " + limits.maxBytes());
        }
        long deadline = ticker.read() + limits.decodeTimeout().toNanos();
        double maxSeconds = limits.maxDuration().toMillis() / 1000.0;
        return ffmpeg.decode(bytes, sampleRate, maxSeconds, () -> ticker.read() - deadline > 0);
    }

    /** Inputs FFmpeg still holds; 0 between decodes, or the bytes of some note were never released. */
    int openInputs() {
        return ffmpeg.openInputs();
    }

    @Override
    public void close() {
        ffmpeg.close();
    }
}
