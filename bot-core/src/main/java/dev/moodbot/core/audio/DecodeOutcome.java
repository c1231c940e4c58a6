package dev.moodbot.core.audio;

import dev.moodbot.core.RejectReason;
import java.util.Objects;

/** What decoding a voice note gave: the audio, or the reason it could not be read. */
public sealed interface DecodeOutcome {

    record Decoded(AudioClip clip) implements DecodeOutcome {
        public Decoded {
            Objects.requireNonNull(clip, "clip");
        }
    }

    /**
     * @param reason the user-facing category
     * @param detail what FFmpeg or the limit check said, for the log only
     */
    record Refused(RejectReason reason, String detail) implements DecodeOutcome {
        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
