package dev.moodbot.core.mood;

import dev.moodbot.core.audio.VoiceReading;
import dev.moodbot.core.music.Track;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What moodbot read from one message: the mood, how sure it is, the whole distribution, a 1–5 score, and the tracks
 * that fit.
 *
 * @param mood the mood reported; {@link Mood#NEUTRAL} when the model was unsure (see {@code unclear})
 * @param confidence the probability of {@code mood} after calibration
 * @param scores the distribution over all seven moods
 * @param score 1 (very negative) to 5 (very positive)
 * @param unclear the top mood was below the confidence threshold, so it is not asserted
 * @param language the script-based language of the text
 * @param truncated the text was longer than the model reads, and only its start was scored
 * @param model the id of the model that produced the scores
 * @param latency time from request to report
 * @param tracks suggestions for this mood
 * @param voice what was measured on the voice note, when the input was one
 * @param transcript the words of the voice note that were read, when the input was one and had words
 * @param notes extra lines for the user, e.g. that only the first minutes of a note were analysed
 * @param sentences each sentence's own mood, when a message's sentences read differently enough to say so; else
 *     empty
 */
public record MoodReport(
        Mood mood,
        double confidence,
        MoodScores scores,
        double score,
        boolean unclear,
        Language language,
        boolean truncated,
        String model,
        Duration latency,
        List<Track> tracks,
        Optional<VoiceReading> voice,
        Optional<String> transcript,
        List<String> notes,
        List<SentenceMood> sentences) {

    public MoodReport {
        Objects.requireNonNull(mood, "mood");
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(latency, "latency");
        tracks = List.copyOf(tracks);
        Objects.requireNonNull(voice, "voice");
        Objects.requireNonNull(transcript, "transcript");
        notes = List.copyOf(notes);
        sentences = List.copyOf(sentences);
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("score must be within 1..5: " + score);
        }
    }

    /** A report that reads the message as a whole, without a breakdown by sentence. */
    public MoodReport(Mood mood, double confidence, MoodScores scores, double score, boolean unclear,
            Language language, boolean truncated, String model, Duration latency, List<Track> tracks,
            Optional<VoiceReading> voice, Optional<String> transcript, List<String> notes) {
        this(mood, confidence, scores, score, unclear, language, truncated, model, latency, tracks, voice, transcript,
                notes, List.of());
    }

    public MoodReport withTracks(List<Track> newTracks) {
        return new MoodReport(mood, confidence, scores, score, unclear, language, truncated, model, latency,
                newTracks, voice, transcript, notes, sentences);
    }

    public MoodReport withLatency(Duration newLatency) {
        return new MoodReport(mood, confidence, scores, score, unclear, language, truncated, model, newLatency,
                tracks, voice, transcript, notes, sentences);
    }

    /** The same report without the words of the voice note, for a reply others will see. */
    public MoodReport withoutTranscript() {
        return new MoodReport(mood, confidence, scores, score, unclear, language, truncated, model, latency,
                tracks, voice, Optional.empty(), notes, sentences);
    }

    /** The score rounded to a whole 1–5, for bars and stars. */
    public int roundedScore() {
        return rounded(score);
    }

    /** A 1–5 score as a report shows it: rounded to a whole number within 1–5. */
    public static int rounded(double score) {
        return (int) Math.max(1, Math.min(5, Math.round(score)));
    }
}
