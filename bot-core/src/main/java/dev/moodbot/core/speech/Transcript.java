package dev.moodbot.core.speech;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a recogniser heard in a voice note.
 *
 * @param words the recognised words in order, each with its timing and confidence
 * @param heardSeconds how much audio the recogniser was given
 * @param complete false when the time limit stopped recognition before the end of the audio
 * @param fit how much better the recognised words explain the audio than no words at all: log-likelihood gain per
 *     second over a filler model. High for speech in the model's language; low for another language, music or noise
 */
public record Transcript(List<Word> words, double heardSeconds, boolean complete, double fit) {
    public Transcript {
        words = List.copyOf(words);
    }

    /** One recognised word: {@code start} and {@code end} in seconds from the start, confidence in [0, 1]. */
    public record Word(String text, double start, double end, double confidence) {
        public Word {
            Objects.requireNonNull(text, "text");
        }
    }

    /** The words joined by single spaces. */
    public String text() {
        return words.stream().map(Word::text).collect(Collectors.joining(" "));
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** The mean of the words' confidences, 0 for no words. */
    public double meanConfidence() {
        return words.stream().mapToDouble(Word::confidence).average().orElse(0);
    }
}
