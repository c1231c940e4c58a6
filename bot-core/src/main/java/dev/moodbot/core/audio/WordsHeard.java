package dev.moodbot.core.audio;

import dev.moodbot.core.speech.Transcript;
import java.util.Objects;

/** What words a voice note gave, before their mood is read. */
sealed interface WordsHeard {

    /** Text the platform or the sender gave with the note (Slack's transcript, a caption): read as given. */
    record Given(String text) implements WordsHeard {
        public Given {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Our recogniser heard these words clearly enough to read their mood. */
    record Recognised(Transcript transcript, String model) implements WordsHeard {
        public Recognised {
            Objects.requireNonNull(transcript, "transcript");
        }
    }

    /**
     * The recogniser was not sure of what it heard: another language, music, mumbling. Its guess is kept for the
     * log only; reading a mood into it would be reading tea leaves.
     */
    record Unclear(Transcript transcript, String model) implements WordsHeard {
        public Unclear {
            Objects.requireNonNull(transcript, "transcript");
        }
    }

    /** The recogniser failed (its model would not load, or it broke); the log has the cause. */
    record Failed(String model) implements WordsHeard {}

    /** Speech recognition is off ({@code model.stt: none}) and no text came with the note. */
    record NotListened() implements WordsHeard {}
}
