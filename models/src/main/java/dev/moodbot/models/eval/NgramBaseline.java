package dev.moodbot.models.eval;

import dev.moodbot.core.inference.NgramLayer;
import dev.moodbot.models.LabelledText;
import dev.moodbot.models.data.Dataset;
import dev.moodbot.models.train.NgramTrainer;
import java.util.List;

/**
 * The bag-of-words reference {@code eval} prints beside a model: TF-IDF word 1-2-grams + class-balanced logistic
 * regression, trained on the spot on a training split and scored on the same rows as the model.
 */
public final class NgramBaseline {
    private NgramBaseline() {}

    public static EvaluationReport.Baseline run(Dataset train, Dataset test) {
        NgramTrainer.Settings settings = NgramTrainer.Settings.defaults();
        long start = System.nanoTime();
        NgramLayer layer = new NgramTrainer(settings).train(train.rows());
        List<LabelledText> rows = test.rows();
        int[] gold = new int[rows.size()];
        int[] predicted = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            gold[i] = rows.get(i).mood().ordinal();
            predicted[i] = argmax(layer.logits(rows.get(i).text()));
        }
        String description = String.format(java.util.Locale.ROOT,
                "TF-IDF word 1-2-grams (min df %d, %,d terms) + class-balanced logistic regression (C = %s, L-BFGS), "
                + "trained now on %s (%,d rows) in %d s", settings.minDf(), layer.features().size(), settings.c(),
                train.name(), train.rows().size(), (System.nanoTime() - start) / 1_000_000_000);
        return new EvaluationReport.Baseline(description, Metrics.of(gold, predicted));
    }

    private static int argmax(float[] z) {
        int best = 0;
        for (int c = 1; c < z.length; c++) {
            if (z[c] > z[best]) {
                best = c;
            }
        }
        return best;
    }
}
