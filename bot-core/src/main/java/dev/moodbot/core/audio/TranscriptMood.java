package dev.moodbot.core.audio;

import dev.moodbot.core.MoodReply;
import dev.moodbot.core.mood.MoodReport;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The text model's mood of a note's words, when there are words to read and the text path answers. */
final class TranscriptMood {
    private static final Logger LOG = LoggerFactory.getLogger(TranscriptMood.class);

    private TranscriptMood() {}

    static CompletableFuture<Optional<MoodReport>> of(WordsHeard words,
            Function<String, CompletableFuture<MoodReply>> textMood) {
        Optional<String> text = switch (words) {
            case WordsHeard.Given given -> Optional.of(given.text());
            case WordsHeard.Recognised recognised -> Optional.of(recognised.transcript().text());
            case WordsHeard.Unclear unclear -> Optional.empty();
            case WordsHeard.Failed failed -> Optional.empty();
            case WordsHeard.NotListened none -> Optional.empty();
        };
        if (text.isEmpty()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return textMood.apply(text.get())
                .thenApply(reply -> {
                    if (reply instanceof MoodReply.Answered(MoodReport report, var feedback)) {
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
