package dev.moodbot.models.eval;

import dev.moodbot.core.inference.EmotionModel;
import dev.moodbot.core.inference.Prediction;
import dev.moodbot.models.LabelledText;
import dev.moodbot.models.data.Dataset;
import java.time.Duration;
import java.util.List;

/**
 * Runs a model over a dataset, batch by batch, and scores its top mood against each row's gold mood.
 *
 * @param metrics the figures
 * @param elapsed wall time spent in the model
 */
public record Evaluation(Dataset dataset, String model, Metrics metrics, Duration elapsed) {

    public static Evaluation run(EmotionModel model, Dataset dataset, int batchSize) {
        List<LabelledText> rows = dataset.rows();
        int[] gold = new int[rows.size()];
        int[] predicted = new int[rows.size()];
        long start = System.nanoTime();
        for (int from = 0; from < rows.size(); from += batchSize) {
            List<LabelledText> batch = rows.subList(from, Math.min(rows.size(), from + batchSize));
            List<Prediction> predictions = model.predict(batch.stream().map(LabelledText::text).toList());
            for (int i = 0; i < batch.size(); i++) {
                gold[from + i] = batch.get(i).mood().ordinal();
                predicted[from + i] = predictions.get(i).moods().top().ordinal();
            }
        }
        return new Evaluation(dataset, model.info().id(), Metrics.of(gold, predicted),
                Duration.ofNanos(System.nanoTime() - start));
    }
}
