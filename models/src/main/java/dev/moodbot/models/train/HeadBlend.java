package dev.moodbot.models.train;

import dev.moodbot.core.mood.Mood;
import dev.moodbot.core.ngram.NgramModel;
import dev.moodbot.models.eval.Metrics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One Korean model for two kinds of text: a head trained on native comments (KOTE) and a head trained on everyday
 * sentences (GoEmotions-ko), blended as {@code (1 - w) * comments + w * sentences} plus one offset per mood. Both
 * heads are linear over the same hashed features, so the blend is itself one linear layer of the same size: it is
 * written as an ordinary n-gram model folder and costs nothing more to run.
 *
 * <p>The weight and the offsets are chosen on held-out rows of both kinds at once: the comment head's out-of-fold
 * logits on KOTE val (the sentence head never saw KOTE) and both heads' logits on GoEmotions-ko dev (neither
 * trained on it). The score is KOTE accuracy + KOTE macro-F1 + GoEmotions-ko macro-F1, so neither kind of text
 * nor the rare moods are given up for the other. The temperature is then fitted on the same held-out logits.
 */
public final class HeadBlend {

    /**
     * The held-out figures of one way of combining the heads at its best offsets.
     *
     * @param weight the sentence head's blend weight; NaN for the stack
     */
    public record Point(double weight, float[] offsets, Metrics comments, Metrics sentences) {
        public double score() {
            return comments.accuracy() + comments.macroF1() + sentences.macroF1();
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s, offsets %s -> KOTE val (out-of-fold) accuracy %.4f, macro-F1 "
                    + "%.4f; GoEmotions-ko dev accuracy %.4f, macro-F1 %.4f (fear %.4f, disgust %.4f)",
                    Double.isNaN(weight) ? "stack of both heads' logits (" + FOLDS + "-fold cross-fitted)"
                            : String.format(Locale.ROOT, "sentence-head weight %.2f", weight),
                    Arrays.toString(offsets), comments.accuracy(), comments.macroF1(), sentences.accuracy(),
                    sentences.macroF1(), sentences.f1(Mood.FEAR), sentences.f1(Mood.DISGUST));
        }
    }

    /**
     * The blended model, every candidate's figures, and the chosen candidate's held-out logits (before its offsets)
     * on KOTE val and GoEmotions-ko dev: what a further stack may be fitted on.
     */
    public record Blended(NgramModel model, Point best, List<Point> points, float[][] koteHeldOut,
            float[][] goemotionsHeldOut) {}

    /**
     * Held-out logits of one kind of text.
     *
     * @param comments logits of the comment head (out-of-fold where it trained on these rows)
     * @param sentences logits of the sentence head
     * @param gold the gold mood of each row
     */
    public record HeldOut(float[][] comments, float[][] sentences, int[] gold) {}

    private static final int FOLDS = 5;
    private final List<Double> weights;
    private final boolean stack;

    /** @param stack whether a {@link LogitStack} of the two heads competes with the blend weights */
    public HeadBlend(List<Double> weights, boolean stack) {
        if (weights.isEmpty() || weights.stream().anyMatch(w -> w < 0 || w > 1)) {
            throw new IllegalArgumentException("blend weights must be in [0, 1]: " + weights);
        }
        this.weights = List.copyOf(weights);
        this.stack = stack;
    }

    public Blended run(NgramModel commentHead, NgramModel sentenceHead, HeldOut kote, HeldOut goemotions,
            Map<String, Object> notes) {
        if (!commentHead.features().equals(sentenceHead.features())) {
            throw new IllegalArgumentException("the heads read different features: " + commentHead.features()
                    + " vs " + sentenceHead.features());
        }
        List<Point> points = new ArrayList<>();
        List<float[][][]> heldOut = new ArrayList<>(); // per point: its logits on KOTE val, on GoEmotions-ko dev
        for (double w : weights) {
            heldOut.add(new float[][][] {mix(kote, w), mix(goemotions, w)});
            points.add(point(w, heldOut.getLast()[0], heldOut.getLast()[1], kote.gold(), goemotions.gold()));
        }
        if (stack) {
            heldOut.add(crossFitted(kote, goemotions));
            points.add(point(Double.NaN, heldOut.getLast()[0], heldOut.getLast()[1], kote.gold(), goemotions.gold()));
        }
        int bestIndex = java.util.stream.IntStream.range(0, points.size()).boxed()
                .max(Comparator.comparingDouble(i -> points.get(i).score())).orElseThrow();
        Point best = points.get(bestIndex);
        float[][] all = concat(shift(heldOut.get(bestIndex)[0], best.offsets()),
                shift(heldOut.get(bestIndex)[1], best.offsets()));
        int[] gold = concat(kote.gold(), goemotions.gold());
        double temperature = Calibration.fitTemperature(all, gold);
        Map<String, Object> training = new LinkedHashMap<>(notes);
        training.put("blend", best.toString());
        training.put("temperature", String.format(Locale.ROOT, "%.4f, fitted on the held-out logits of both kinds: "
                + "NLL %.4f -> %.4f", temperature, Calibration.nll(all, gold, 1.0),
                Calibration.nll(all, gold, temperature)));
        training.put("blendGrid", points.stream().map(Point::toString).toList());
        LogitStack combine = Double.isNaN(best.weight())
                ? LogitStack.fit(concat(kote.comments(), goemotions.comments()),
                        concat(kote.sentences(), goemotions.sentences()), gold)
                : blendOf(best.weight(), commentHead.bias().length);
        float[] w = combine.foldWeights(commentHead.weights(), sentenceHead.weights());
        float[] bias = LogitOffsets.add(combine.apply(commentHead.bias(), sentenceHead.bias()), best.offsets());
        NgramModel model = new NgramModel(commentHead.features(), commentHead.labels(), w, bias,
                commentHead.maxChars(), commentHead.languages(), temperature, training);
        return new Blended(model, best, points, heldOut.get(bestIndex)[0], heldOut.get(bestIndex)[1]);
    }

    static Point point(double w, float[][] k, float[][] g, int[] kGold, int[] gGold) {
        float[] offsets = LogitOffsets.fit(k[0].length, o -> {
            Metrics m = LogitOffsets.metrics(k, o, kGold);
            return m.accuracy() + m.macroF1() + LogitOffsets.metrics(g, o, gGold).macroF1();
        });
        return new Point(w, offsets, LogitOffsets.metrics(k, offsets, kGold), LogitOffsets.metrics(g, offsets, gGold));
    }

    /** A fixed blend as a stack: {@code (1 - w) I} and {@code w I}, no bias. */
    private static LogitStack blendOf(double w, int k) {
        double[][] a = new double[k][k];
        double[][] b = new double[k][k];
        for (int c = 0; c < k; c++) {
            a[c][c] = 1 - w;
            b[c][c] = w;
        }
        return new LogitStack(a, b, new double[k]);
    }

    /**
     * The stack's logits on every held-out row from a stack fitted without that row's fold, so that the stack is
     * scored on rows it was not fitted on, like the blend weights.
     */
    private static float[][][] crossFitted(HeldOut kote, HeldOut goemotions) {
        int k = kote.comments()[0].length;
        float[][] out = LogitStack.crossFitted(concat(kote.comments(), goemotions.comments()),
                concat(kote.sentences(), goemotions.sentences()), concat(kote.gold(), goemotions.gold()), FOLDS,
                LogitStack.scaledIdentity(k, k, 0.5), LogitStack.scaledIdentity(k, k, 0.5));
        int n = kote.gold().length;
        return new float[][][] {Arrays.copyOfRange(out, 0, n), Arrays.copyOfRange(out, n, out.length)};
    }

    private static float[][] mix(HeldOut rows, double w) {
        float[][] out = new float[rows.gold().length][];
        for (int i = 0; i < out.length; i++) {
            out[i] = new float[rows.comments()[i].length];
            for (int c = 0; c < out[i].length; c++) {
                out[i][c] = (float) ((1 - w) * rows.comments()[i][c] + w * rows.sentences()[i][c]);
            }
        }
        return out;
    }

    static float[][] shift(float[][] logits, float[] offsets) {
        return Arrays.stream(logits).map(z -> LogitOffsets.add(z, offsets)).toArray(float[][]::new);
    }

    static float[][] concat(float[][] a, float[][] b) {
        float[][] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static int[] concat(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
