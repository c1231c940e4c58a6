package dev.moodbot.core.inference;

import dev.moodbot.core.mood.Mood;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Where one model label's probability goes.
 *
 * @param mood the mood it adds to; empty when the label is ignored (its probability is left out and the rest
 *     renormalised)
 * @param stars the 1–5 score the label stands for, when the model rates rather than names an emotion
 */
record LabelTarget(Optional<Mood> mood, OptionalDouble stars) {
    LabelTarget {
        Objects.requireNonNull(mood, "mood");
        Objects.requireNonNull(stars, "stars");
        if (stars.isPresent() && (stars.getAsDouble() < 1 || stars.getAsDouble() > 5)) {
            throw new IllegalArgumentException("stars must be within 1..5: " + stars.getAsDouble());
        }
    }

    static LabelTarget mood(Mood mood) {
        return new LabelTarget(Optional.of(mood), OptionalDouble.empty());
    }

    static LabelTarget rated(Mood mood, double stars) {
        return new LabelTarget(Optional.of(mood), OptionalDouble.of(stars));
    }

    static LabelTarget ignored() {
        return new LabelTarget(Optional.empty(), OptionalDouble.empty());
    }
}
