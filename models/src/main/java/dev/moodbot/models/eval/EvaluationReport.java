package dev.moodbot.models.eval;

import dev.moodbot.core.mood.Mood;
import java.util.Locale;

/** Renders an {@link Evaluation} as the plain-text table {@code moodbot eval} prints. */
public final class EvaluationReport {
    private EvaluationReport() {}

    public static String render(Evaluation evaluation) {
        Metrics m = evaluation.metrics();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "model %s on %s%n", evaluation.model(), evaluation.dataset().name()));
        out.append(evaluation.dataset().note()).append(System.lineSeparator());
        out.append(String.format(Locale.ROOT, "n %d   accuracy %.4f   macro-F1 %.4f   (%.1f s, %.0f texts/s)%n%n",
                m.n(), m.accuracy(), m.macroF1(), evaluation.elapsed().toMillis() / 1000.0,
                m.n() / Math.max(evaluation.elapsed().toMillis() / 1000.0, 1e-3)));
        out.append(String.format(Locale.ROOT, "%-9s %9s %9s %9s %8s%n", "mood", "precision", "recall", "F1", "support"));
        for (Mood mood : Mood.values()) {
            out.append(String.format(Locale.ROOT, "%-9s %9.4f %9.4f %9.4f %8d%n", mood.key(), m.precision(mood),
                    m.recall(mood), m.f1(mood), m.support(mood)));
        }
        out.append(System.lineSeparator()).append("confusion matrix (rows: gold, columns: predicted)")
                .append(System.lineSeparator());
        out.append(String.format(Locale.ROOT, "%-9s", ""));
        for (Mood mood : Mood.values()) {
            out.append(String.format(Locale.ROOT, " %8s", mood.key()));
        }
        out.append(System.lineSeparator());
        for (Mood gold : Mood.values()) {
            out.append(String.format(Locale.ROOT, "%-9s", gold.key()));
            for (Mood predicted : Mood.values()) {
                out.append(String.format(Locale.ROOT, " %8d", m.confusion()[gold.ordinal()][predicted.ordinal()]));
            }
            out.append(System.lineSeparator());
        }
        return out.toString();
    }
}
