package dev.moodbot.models.eval;

import dev.moodbot.core.inference.EmotionModel;
import dev.moodbot.core.inference.Prediction;
import dev.moodbot.core.mood.Mood;
import dev.moodbot.core.mood.MoodReport;
import dev.moodbot.models.LabelledText;
import dev.moodbot.models.data.Dataset;
import java.time.Duration;
import java.util.List;

/**
 * Runs a model over a dataset, batch by batch, and scores its top mood against each row's gold mood.
 *
 * @param metrics the figures
 * @param elapsed wall time spent in the model
 * @param confidence the probability the model gave its top mood, per row
 * @param uncalibratedConfidence the same at temperature 1, recovered from the calibrated distribution (exact when each
 *     label is one mood, as for moodbot's own heads)
 * @param temperature the model's calibration temperature
 * @param scores the 1–5 score the bot would show for each row, rounded
 */
public record Evaluation(Dataset dataset, String model, Metrics metrics, Duration elapsed, double[] confidence,
        double[] uncalibratedConfidence, boolean[] correct, double temperature, int[] scores) {

    public static Evaluation run(EmotionModel model, Dataset dataset, int batchSize) {
        List<LabelledText> rows = dataset.rows();
        int[] gold = new int[rows.size()];
        int[] predicted = new int[rows.size()];
        double[] confidence = new double[rows.size()];
        double[] uncalibrated = new double[rows.size()];
        boolean[] correct = new boolean[rows.size()];
        int[] scores = new int[rows.size()];
        double temperature = model.info().temperature();
        long start = System.nanoTime();
        for (int from = 0; from < rows.size(); from += batchSize) {
            List<LabelledText> batch = rows.subList(from, Math.min(rows.size(), from + batchSize));
            List<Prediction> predictions = model.predict(batch.stream().map(LabelledText::text).toList());
            for (int i = 0; i < batch.size(); i++) {
                int row = from + i;
                var moods = predictions.get(i).moods();
                gold[row] = batch.get(i).mood().ordinal();
                predicted[row] = moods.top().ordinal();
                confidence[row] = moods.get(moods.top());
                uncalibrated[row] = atTemperatureOne(moods.toArray(), predicted[row], temperature);
                correct[row] = gold[row] == predicted[row];
                scores[row] = MoodReport.rounded(predictions.get(i).score());
            }
        }
        return new Evaluation(dataset, model.info().id(), Metrics.of(gold, predicted),
                Duration.ofNanos(System.nanoTime() - start), confidence, uncalibrated, correct, temperature, scores);
    }

    /**
     * Where the shown score sits against the gold mood, over the rows whose gold mood has a plain direction: joy
     * belongs above the middle (3), sadness, anger, fear and disgust below it; surprise and neutral rows are left out.
     *
     * @param right the share of those rows whose score is on the gold mood's side
     * @param wrong the share on the other side (the rest sit at 3)
     */
    public record ScoreSide(double right, double wrong) {}

    public ScoreSide scoreSide() {
        int rows = 0;
        int right = 0;
        int wrong = 0;
        for (int i = 0; i < scores.length; i++) {
            Mood gold = dataset.rows().get(i).mood();
            int direction = gold == Mood.JOY ? 1 : gold.valence() <= 2 ? -1 : 0;
            if (direction != 0) {
                rows++;
                int side = Integer.signum(scores[i] - 3);
                right += side == direction ? 1 : 0;
                wrong += side == -direction ? 1 : 0;
            }
        }
        double n = Math.max(1, rows);
        return new ScoreSide(right / n, wrong / n);
    }

    /** Expected calibration error of the model as loaded (15 bins). */
    public double ece() {
        return CalibrationError.of(confidence, correct, CalibrationError.BINS);
    }

    /** Expected calibration error before temperature scaling (15 bins). */
    public double uncalibratedEce() {
        return CalibrationError.of(uncalibratedConfidence, correct, CalibrationError.BINS);
    }

    /** Share of rows whose top mood is below {@code threshold}, i.e. reported as unclear. */
    public double unclearShare(double threshold) {
        int below = 0;
        for (double c : confidence) {
            below += c < threshold ? 1 : 0;
        }
        return (double) below / Math.max(1, confidence.length);
    }

    /** Accuracy over the rows whose top mood is asserted (confidence at least {@code threshold}). */
    public double assertedAccuracy(double threshold) {
        int asserted = 0;
        int right = 0;
        for (int i = 0; i < confidence.length; i++) {
            if (confidence[i] >= threshold) {
                asserted++;
                right += correct[i] ? 1 : 0;
            }
        }
        return (double) right / Math.max(1, asserted);
    }

    /** {@code softmax(z / T)} back to {@code softmax(z)}: {@code p_1 ∝ p_T^T}. */
    static double atTemperatureOne(double[] p, int top, double temperature) {
        if (temperature == 1.0) {
            return p[top];
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double v : p) {
            max = Math.max(max, v > 0 ? Math.log(v) : Double.NEGATIVE_INFINITY);
        }
        double sum = 0;
        double mine = 0;
        for (int c = 0; c < p.length; c++) {
            double w = p[c] > 0 ? Math.exp(temperature * (Math.log(p[c]) - max)) : 0;
            sum += w;
            if (c == top) {
                mine = w;
            }
        }
        return mine / sum;
    }
}
