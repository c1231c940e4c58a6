package dev.moodbot.core;

import dev.moodbot.core.audio.VoiceNote;
import dev.moodbot.core.history.HistoryAction;
import java.util.Objects;
import java.util.Optional;

/** One thing a user asked moodbot to read. */
public sealed interface MoodRequest {
    UserRef user();

    static MoodRequest text(UserRef user, String text) {
        return new Text(user, text);
    }

    /**
     * What a {@code /mood} argument asks for on any platform: a history action ({@code history [on|off]},
     * {@code forget}) or text to read.
     */
    static MoodRequest slash(UserRef user, String argument) {
        return HistoryAction.parse(argument).<MoodRequest>map(action -> new History(user, action))
                .orElseGet(() -> new Text(user, argument));
    }

    /** A voice note that is already here (a local file), sent as in a direct message. */
    static MoodRequest voice(UserRef user, VoiceNote note, Optional<String> transcript) {
        return new Voice(user, VoiceFetch.ready(note, transcript), false);
    }

    /**
     * A voice note still on its platform: {@code fetch} runs only once the rate limiter lets the sender through.
     *
     * @param inChannel the reply is seen by others than the sender, so what was heard is quoted only if
     *     {@code voice.transcriptInChannels}
     */
    static MoodRequest voice(UserRef user, VoiceFetch fetch, boolean inChannel) {
        return new Voice(user, fetch, inChannel);
    }

    /** A chat message or slash-command argument, with platform markup still in it. */
    record Text(UserRef user, String text) implements MoodRequest {
        public Text {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A voice note and the way to get it with the text that came with it (a platform's transcript or a caption).
     *
     * @param inChannel the reply is seen by others than the sender
     */
    record Voice(UserRef user, VoiceFetch fetch, boolean inChannel) implements MoodRequest {
        public Voice {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(fetch, "fetch");
        }
    }

    /**
     * A "wrong mood?" pick on an earlier answer.
     *
     * @param feedbackId the id the answer's control carried ({@link dev.moodbot.core.history.FeedbackTag#id()})
     * @param picked the mood's key as the control sent it; checked by core
     */
    record Correction(UserRef user, String feedbackId, String picked) implements MoodRequest {
        public Correction {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(feedbackId, "feedbackId");
            Objects.requireNonNull(picked, "picked");
        }
    }

    /** The user asks to turn history on or off, to see it, or to delete it. */
    record History(UserRef user, HistoryAction action) implements MoodRequest {
        public History {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(action, "action");
        }
    }
}
