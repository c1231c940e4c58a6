package dev.moodbot.models.eval;

import dev.moodbot.core.inference.EmotionModel;
import dev.moodbot.core.inference.Prediction;
import dev.moodbot.core.mood.MoodReport;
import dev.moodbot.models.data.NsmcReader.Review;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How well a model's 1–5 score matches rated reviews, read as the bot shows it (rounded to whole stars): the
 * model's own score, the score its mood distribution implies ({@code MoodScores.valence}), and two answers that read
 * nothing (always the commonest star; always 3).
 *
 * @param model the model's id
 * @param rows reviews scored
 * @param own the model's score ({@link Prediction#score}); the mood-derived one when the model has no star head
 * @param fromMoods the score derived from its moods alone
 * @param ownScoreIsLearnt whether the model reads the score itself
 */
public record StarEvaluation(String model, int rows, Figures own, Figures fromMoods, boolean ownScoreIsLearnt) {

    /** Exact and off-by-at-most-one agreement with the stars, and the mean absolute error in stars. */
    public record Figures(double exact, double withinOne, double meanAbsoluteError) {
        static Figures of(int[] gold, int[] guess) {
            int exact = 0;
            int withinOne = 0;
            long error = 0;
            for (int i = 0; i < gold.length; i++) {
                int d = Math.abs(gold[i] - guess[i]);
                exact += d == 0 ? 1 : 0;
                withinOne += d <= 1 ? 1 : 0;
                error += d;
            }
            double n = Math.max(1, gold.length);
            return new Figures(exact / n, withinOne / n, error / n);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "exact %.4f, within one star %.4f, mean error %.3f stars", exact,
                    withinOne, meanAbsoluteError);
        }
    }

    public static StarEvaluation run(EmotionModel model, List<Review> reviews, int batchSize) {
        int[] gold = reviews.stream().mapToInt(Review::stars).toArray();
        int[] own = new int[gold.length];
        int[] fromMoods = new int[gold.length];
        boolean learnt = false;
        for (int from = 0; from < reviews.size(); from += batchSize) {
            List<String> batch = new ArrayList<>();
            reviews.subList(from, Math.min(reviews.size(), from + batchSize)).forEach(r -> batch.add(r.text()));
            List<Prediction> predictions = model.predict(batch);
            for (int i = 0; i < batch.size(); i++) {
                Prediction p = predictions.get(i);
                learnt |= p.stars().isPresent();
                own[from + i] = MoodReport.rounded(p.score());
                fromMoods[from + i] = MoodReport.rounded(p.moods().valence());
            }
        }
        return new StarEvaluation(model.info().id(), gold.length, Figures.of(gold, own), Figures.of(gold, fromMoods),
                learnt);
    }

    /** Always answering {@code star}. */
    public static Figures constant(List<Review> reviews, int star) {
        int[] gold = reviews.stream().mapToInt(Review::stars).toArray();
        int[] guess = new int[gold.length];
        java.util.Arrays.fill(guess, star);
        return Figures.of(gold, guess);
    }
}
