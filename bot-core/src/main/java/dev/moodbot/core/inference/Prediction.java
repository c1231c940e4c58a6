package dev.moodbot.core.inference;

import dev.moodbot.core.mood.MoodScores;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One model output mapped onto moods.
 *
 * @param moods the distribution over the seven moods
 * @param stars the 1–5 score when the model gives one itself (star-rating models); empty for emotion models, whose
 *     score is derived from {@code moods}
 * @param truncated the text had more tokens than the model reads
 */
public record Prediction(MoodScores moods, OptionalDouble stars, boolean truncated) {
    public Prediction {
        Objects.requireNonNull(moods, "moods");
        Objects.requireNonNull(stars, "stars");
    }

    public double score() {
        return stars.orElseGet(moods::valence);
    }
}
