package dev.moodbot.core;

import dev.moodbot.core.audio.VoiceNote;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * How a voice note's bytes are got. Core calls it only once the rate limiter has let the sender through, so a burst
 * of notes from one user costs no downloads: adapters fetch from their platform here, a local file is already read.
 */
@FunctionalInterface
public interface VoiceFetch {

    /** Never blocks for long on the caller's thread, or does so on an adapter's own worker. */
    CompletableFuture<Fetched> fetch();

    /** A note that is already here. */
    static VoiceFetch ready(VoiceNote note, Optional<String> transcript) {
        CompletableFuture<Fetched> done = CompletableFuture.completedFuture(new Fetched.Note(note, transcript));
        return () -> done;
    }

    /** What fetching gave. */
    sealed interface Fetched {
        /** The note, with the text that came with it: the platform's transcript or a caption. */
        record Note(VoiceNote note, Optional<String> transcript) implements Fetched {
            public Note {
                Objects.requireNonNull(note, "note");
                Objects.requireNonNull(transcript, "transcript");
            }
        }

        /** No note, and the reply that says why, worded by core ({@link MoodBot#refuseDeclaredSize} and others). */
        record Refused(MoodReply reply) implements Fetched {
            public Refused {
                Objects.requireNonNull(reply, "reply");
            }
        }
    }
}
