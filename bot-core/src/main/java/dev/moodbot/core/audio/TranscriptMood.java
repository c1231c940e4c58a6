package dev.moodbot.core.audio;

import dev.moodbot.core.MoodReply;
import dev.moodbot.core.mood.MoodReport;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The text model's mood of a note's transcript or caption, when there is text and the text path answers. */
final class TranscriptMood {
    private static final Logger LOG = LoggerFactory.getLogger(TranscriptMood.class);

    private TranscriptMood() {}

    static CompletableFuture<Optional<MoodReport>> of(Optional<String> transcript,
            Function<String, CompletableFuture<MoodReply>> textMood) {
        Optional<String> text = transcript.map(String::strip).filter(t -> !t.isEmpty());
        if (text.isEmpty()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return textMood.apply(text.get())
                .thenApply(reply -> {
                    if (reply instanceof MoodReply.Answered(MoodReport report)) {
                        return Optional.of(report);
                    }
                    LOG.info("transcript not scored: {}", reply.getClass().getSimpleName());
                    return Optional.<MoodReport>empty();
                })
                .exceptionally(e -> {
                    LOG.warn("transcript scoring failed", e);
                    return Optional.empty();
                });
    }
}
