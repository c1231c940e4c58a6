package dev.moodbot.models;

import dev.moodbot.core.mood.Mood;
import java.util.Objects;

/** One row of a labelled dataset, already reduced to a single gold mood. */
public record LabelledText(String text, Mood mood) {
    public LabelledText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mood, "mood");
    }
}
