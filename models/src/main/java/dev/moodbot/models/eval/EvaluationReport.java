package dev.moodbot.models.eval;

import dev.moodbot.core.mood.Mood;
import java.util.Locale;

/** Renders an {@link Evaluation} as the plain-text table {@code moodbot eval} prints. */
public final class EvaluationReport {
    private EvaluationReport() {}

    /**
     * The model's figures, its calibration, how often it would say "unclear" below {@code unclearBelow}, and the
     * bag-of-words baseline beside it when one was trained.
     */
    public static String render(Evaluation evaluation, double unclearBelow, java.util.Optional<Baseline> baseline) {
        StringBuilder out = new StringBuilder(render(evaluation));
        out.append(System.lineSeparator());
        out.append(String.format(Locale.ROOT, "calibration: ECE (%d bins) %.4f at temperature %.3f; %.4f before "
                + "calibration (T = 1)%n", CalibrationError.BINS, evaluation.ece(), evaluation.temperature(),
                evaluation.uncalibratedEce()));
        if (unclearBelow > 0) {
            out.append(String.format(Locale.ROOT, "unclear below %.2f: %.1f%% of rows reported unclear; accuracy of "
                    + "the asserted rest %.4f%n", unclearBelow, 100 * evaluation.unclearShare(unclearBelow),
                    evaluation.assertedAccuracy(unclearBelow)));
        }
        baseline.ifPresent(b -> {
            Metrics m = b.metrics();
            out.append(System.lineSeparator()).append("baseline: ").append(b.description()).append(System.lineSeparator());
            out.append(String.format(Locale.ROOT, "n %d   accuracy %.4f   macro-F1 %.4f%n", m.n(), m.accuracy(),
                    m.macroF1()));
            out.append(String.format(Locale.ROOT, "%-9s %9s %9s%n", "mood", "F1", "model F1"));
            for (Mood mood : Mood.values()) {
                out.append(String.format(Locale.ROOT, "%-9s %9.4f %9.4f%n", mood.key(), m.f1(mood),
                        evaluation.metrics().f1(mood)));
            }
            out.append(String.format(Locale.ROOT, "model %s vs baseline: macro-F1 %.4f vs %.4f (%+.4f)%n",
                    evaluation.model(), evaluation.metrics().macroF1(), m.macroF1(),
                    evaluation.metrics().macroF1() - m.macroF1()));
        });
        return out.toString();
    }

    /** A reference classifier's figures on the same rows, e.g. TF-IDF + logistic regression. */
    public record Baseline(String description, Metrics metrics) {}

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
