package dev.moodbot.core;

import dev.moodbot.core.audio.VoiceReading;
import dev.moodbot.core.inference.InferenceBatcher;
import dev.moodbot.core.inference.Prediction;
import dev.moodbot.core.inference.ResultCache;
import dev.moodbot.core.mood.Mood;
import dev.moodbot.core.mood.MoodReport;
import dev.moodbot.core.mood.MoodScores;
import dev.moodbot.core.text.NormalizedText;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;

/**
 * Sends normalised text to the model for its script and turns the prediction into a report. Korean text goes to the
 * Korean model, other text to the main one; a message that mixes both scripts is read by both, weighted by share.
 */
final class TextScorer {
    /** Below this Hangul share a message is read as not Korean; above {@code 1 - MIXED_BAND} as only Korean. */
    private static final double MIXED_BAND = 0.3;

    private final InferenceBatcher main;
    private final Optional<InferenceBatcher> korean;
    private final ResultCache results;
    private final double unclearBelow;

    TextScorer(InferenceBatcher main, Optional<InferenceBatcher> korean, ResultCache results, double unclearBelow) {
        this.main = main;
        this.korean = korean;
        this.results = results;
        this.unclearBelow = unclearBelow;
    }

    int queued() {
        return main.queued() + korean.map(InferenceBatcher::queued).orElse(0);
    }

    /** Empty when a model's queue is full. */
    Optional<CompletableFuture<MoodReport>> score(NormalizedText text, Optional<VoiceReading> voice) {
        double share = text.hangulShare();
        if (korean.isEmpty() || share <= MIXED_BAND) {
            return results.submit(main, text.text()).map(f -> f.thenApply(p -> report(text, p, main.model().info().id(), voice)));
        }
        InferenceBatcher ko = korean.get();
        if (share >= 1 - MIXED_BAND) {
            return results.submit(ko, text.text()).map(f -> f.thenApply(p -> report(text, p, ko.model().info().id(), voice)));
        }
        Optional<CompletableFuture<Prediction>> fromKorean = results.submit(ko, text.text());
        Optional<CompletableFuture<Prediction>> fromMain = results.submit(main, text.text());
        if (fromKorean.isEmpty() || fromMain.isEmpty()) {
            fromKorean.ifPresent(f -> f.cancel(false));
            fromMain.ifPresent(f -> f.cancel(false));
            return Optional.empty();
        }
        String id = ko.model().info().id() + "+" + main.model().info().id();
        return Optional.of(fromKorean.get().thenCombine(fromMain.get(),
                (k, m) -> report(text, blend(k, m, share), id, voice)));
    }

    ResultCache results() {
        return results;
    }

    long retryAfterNanos() {
        return Math.max(main.retryAfterNanos(), korean.map(InferenceBatcher::retryAfterNanos).orElse(0L));
    }

    private static Prediction blend(Prediction korean, Prediction other, double koreanWeight) {
        double[] k = korean.moods().toArray();
        double[] o = other.moods().toArray();
        double[] mixed = new double[k.length];
        for (int i = 0; i < mixed.length; i++) {
            mixed[i] = koreanWeight * k[i] + (1 - koreanWeight) * o[i];
        }
        double score = koreanWeight * korean.score() + (1 - koreanWeight) * other.score();
        return new Prediction(MoodScores.of(mixed), OptionalDouble.of(score), korean.truncated() || other.truncated());
    }

    private MoodReport report(NormalizedText text, Prediction prediction, String modelId, Optional<VoiceReading> voice) {
        MoodScores scores = prediction.moods();
        Mood top = scores.top();
        double confidence = scores.get(top);
        boolean unclear = confidence < unclearBelow;
        double score = Math.max(1, Math.min(5, prediction.score()));
        return new MoodReport(unclear ? Mood.NEUTRAL : top, confidence, scores, score, unclear, text.language(),
                text.truncated() || prediction.truncated(), modelId, Duration.ZERO, List.of(), voice, Optional.empty(),
                List.of());
    }
}
