package dev.moodbot.core.audio;

import dev.moodbot.core.RejectReason;
import dev.moodbot.core.mood.MoodScores;
import java.util.Objects;
import java.util.Optional;

/** What listening to one note gave, before any words are read. */
sealed interface Hearing {

    record Refused(RejectReason reason) implements Hearing {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * @param reading what was measured on the voice
     * @param voiceMood the audio emotion model's distribution, when one is installed
     * @param model the audio model's id, when one is installed
     * @param words the words of the note, from the platform, the sender or our recogniser
     */
    record Measured(VoiceReading reading, Optional<MoodScores> voiceMood, Optional<String> model, WordsHeard words)
            implements Hearing {
        public Measured {
            Objects.requireNonNull(reading, "reading");
            Objects.requireNonNull(voiceMood, "voiceMood");
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(words, "words");
        }
    }
}
