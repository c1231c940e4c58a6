package dev.moodbot.core;

import dev.moodbot.core.audio.VoiceNote;
import java.util.Objects;
import java.util.Optional;

/** One thing a user asked moodbot to read. */
public sealed interface MoodRequest {
    UserRef user();

    static MoodRequest text(UserRef user, String text) {
        return new Text(user, text);
    }

    /** A voice note sent in a direct message: the reply may quote what was heard. */
    static MoodRequest voice(UserRef user, VoiceNote note, Optional<String> transcript) {
        return new Voice(user, note, transcript, false);
    }

    /** A voice note read where others see the reply: what was heard is quoted only if voice.transcriptInChannels. */
    static MoodRequest voiceInChannel(UserRef user, VoiceNote note, Optional<String> transcript) {
        return new Voice(user, note, transcript, true);
    }

    /** A chat message or slash-command argument, with platform markup still in it. */
    record Text(UserRef user, String text) implements MoodRequest {
        public Text {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A voice note, with the text that came with it: a platform's transcript or a caption, when there is one.
     *
     * @param inChannel the reply is seen by others than the sender
     */
    record Voice(UserRef user, VoiceNote note, Optional<String> transcript, boolean inChannel) implements MoodRequest {
        public Voice {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(note, "note");
            Objects.requireNonNull(transcript, "transcript");
        }
    }
}
