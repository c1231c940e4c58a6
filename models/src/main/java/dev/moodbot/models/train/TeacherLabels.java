package dev.moodbot.models.train;

import dev.moodbot.core.inference.EmotionModel;
import dev.moodbot.models.LabelledText;
import dev.moodbot.models.data.Dataset;
import java.util.ArrayList;
import java.util.List;

/**
 * Soft labels for translated rows from a model that reads the original language: GoEmotions-ko is row-aligned with
 * the English GoEmotions, so the English default's mood distribution on the English row says what the Korean row
 * means beyond its one gold mood (how sure, and what else it is close to). The Korean head learns from these
 * through the aligned pairs; the English model is only read, never changed.
 */
public final class TeacherLabels {
    private static final int BATCH = 64;

    private TeacherLabels() {}

    /**
     * @param original the rows in the teacher's language
     * @param translated the same rows translated, in the same order with the same gold moods
     * @return per row, the teacher's distribution over the moods (in {@code Mood} order)
     */
    public static double[][] of(EmotionModel teacher, Dataset original, Dataset translated) {
        List<LabelledText> a = original.rows();
        List<LabelledText> b = translated.rows();
        if (a.size() != b.size()) {
            throw new IllegalArgumentException(original.name() + " has " + a.size() + " rows, " + translated.name()
                    + " " + b.size() + ": not row-aligned");
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).mood() != b.get(i).mood()) {
                throw new IllegalArgumentException("row " + (i + 1) + " differs in gold mood between "
                        + original.name() + " and " + translated.name() + ": not row-aligned");
            }
        }
        List<double[]> out = new ArrayList<>(a.size());
        for (int from = 0; from < a.size(); from += BATCH) {
            List<String> texts = a.subList(from, Math.min(a.size(), from + BATCH)).stream().map(LabelledText::text)
                    .toList();
            teacher.predict(texts).forEach(p -> out.add(p.moods().toArray()));
        }
        return out.toArray(double[][]::new);
    }
}
