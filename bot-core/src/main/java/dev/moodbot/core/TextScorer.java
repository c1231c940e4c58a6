package dev.moodbot.core;

import dev.moodbot.core.audio.VoiceReading;
import dev.moodbot.core.inference.InferenceBatcher;
import dev.moodbot.core.inference.Prediction;
import dev.moodbot.core.inference.ResultCache;
import dev.moodbot.core.mood.Mood;
import dev.moodbot.core.mood.MoodReport;
import dev.moodbot.core.mood.MoodScores;
import dev.moodbot.core.mood.SentenceMood;
import dev.moodbot.core.reply.ReplyText;
import dev.moodbot.core.text.NormalizedText;
import java.time.Duration;
import java.util.ArrayList;
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

    /**
     * Empty when a model's queue is full. A message of several sentences is also read sentence by sentence, so
     * that mixed feelings can be shown; a sentence that finds the queue full only costs the breakdown.
     */
    Optional<CompletableFuture<MoodReport>> score(NormalizedText text, Optional<VoiceReading> voice) {
        Optional<CompletableFuture<Reading>> whole = read(text);
        if (whole.isEmpty()) {
            return Optional.empty();
        }
        List<CompletableFuture<Optional<SentenceMood>>> parts = text.sentences().stream()
                .map(sentence -> read(sentence).map(f -> f.thenApply(r -> Optional.of(sentenceMood(sentence, r))))
                        .orElseGet(() -> CompletableFuture.completedFuture(Optional.empty())))
                .toList();
        return Optional.of(whole.get().thenCombine(CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new)),
                (reading, done) -> report(text, reading, voice, breakdown(parts))));
    }

    /** The model's reading of one text, routed by script: Korean, other, or both weighted by share. */
    private Optional<CompletableFuture<Reading>> read(NormalizedText text) {
        double share = text.hangulShare();
        if (korean.isEmpty() || share <= MIXED_BAND) {
            return results.submit(main, text.text()).map(f -> f.thenApply(p -> new Reading(p, main.model().info().id())));
        }
        InferenceBatcher ko = korean.get();
        if (share >= 1 - MIXED_BAND) {
            return results.submit(ko, text.text()).map(f -> f.thenApply(p -> new Reading(p, ko.model().info().id())));
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
                (k, m) -> new Reading(blend(k, m, share), id)));
    }

    private record Reading(Prediction prediction, String modelId) {}

    private static SentenceMood sentenceMood(NormalizedText sentence, Reading reading) {
        MoodScores scores = reading.prediction().moods();
        return new SentenceMood(sentence.shown(), scores.top(), scores.get(scores.top()));
    }

    /**
     * Every sentence's mood when at least two sentences are each clearly read as different feelings; else none. A
     * message whose sentences agree, whose differences are below the unclear threshold, or that only sets a feeling
     * beside neutral sentences ("Hi all. Great news!") is said once.
     */
    private List<SentenceMood> breakdown(List<CompletableFuture<Optional<SentenceMood>>> parts) {
        List<Optional<SentenceMood>> read = parts.stream().map(CompletableFuture::join).toList();
        if (read.stream().anyMatch(Optional::isEmpty)) {
            return List.of();
        }
        List<SentenceMood> sentences = read.stream().map(Optional::orElseThrow).toList();
        long clearMoods = sentences.stream().filter(s -> s.confidence() >= unclearBelow && s.mood() != Mood.NEUTRAL)
                .map(SentenceMood::mood).distinct().count();
        return clearMoods >= 2 ? sentences : List.of();
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

    private MoodReport report(NormalizedText text, Reading reading, Optional<VoiceReading> voice,
            List<SentenceMood> sentences) {
        Prediction prediction = reading.prediction();
        MoodScores scores = prediction.moods();
        Mood top = scores.top();
        double confidence = scores.get(top);
        boolean unclear = confidence < unclearBelow;
        double score = Math.max(1, Math.min(5, prediction.score()));
        return new MoodReport(unclear ? Mood.NEUTRAL : top, confidence, scores, score, unclear, text.language(),
                text.truncated() || prediction.truncated(), reading.modelId(), Duration.ZERO, List.of(), voice,
                Optional.empty(), notes(text, sentences), sentences);
    }

    private static List<String> notes(NormalizedText text, List<SentenceMood> sentences) {
        ReplyText words = ReplyText.in(text.language());
        List<String> notes = new ArrayList<>();
        switch (text.quoting()) {
            case LEFT_OUT -> notes.add(words.quoteLeftOut());
            case ONLY_QUOTED -> notes.add(words.onlyQuoted());
            case NONE -> { }
        }
        if (!sentences.isEmpty()) {
            notes.add(words.sentenceMoods(sentences));
        }
        return notes;
    }
}
