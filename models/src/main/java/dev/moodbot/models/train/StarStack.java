package dev.moodbot.models.train;

import dev.moodbot.core.ngram.NgramModel;
import dev.moodbot.core.ngram.NgramStars;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Lets the star head speak for the moods too: {@code z' = A z + B s + c}, the mood logits {@code z} restacked with
 * the star logits {@code s} ({@link LogitStack}, started from {@code A = I}, {@code B = 0}). The star head learnt
 * what is good and bad from 650k reviews, far more words than the mood heads ever saw; and as both are linear over
 * the same features, the stack is again one linear layer of the mood model's size.
 *
 * <p>It is kept only when it is better than the mood model alone on both kinds of held-out rows the blend was
 * chosen on: KOTE val out-of-fold (accuracy + macro-F1) up and GoEmotions-ko dev macro-F1 not down, each with
 * offsets fitted anew, the stack itself cross-fitted so that it is scored on rows it was not fitted on. Both, not
 * their sum: the reviews' stars are about films, where tears and fright are praise, so the stack can gain on
 * comments while reading everyday sadness as joy, and one kind of text must not pay for the other.
 */
public final class StarStack {
    private static final int FOLDS = 5;

    /** The model to write and both candidates' figures. */
    public record Stacked(NgramModel model, HeadBlend.Point without, HeadBlend.Point with, boolean kept) {}

    /**
     * @param blended the mood model and its held-out logits
     * @param stars the star head; its logits on the held-out rows are held out too, as it learnt from reviews only
     * @param koteStars, goemotionsStars the star head's logits on KOTE val and GoEmotions-ko dev
     */
    public static Stacked run(HeadBlend.Blended blended, NgramStars stars, float[][] koteStars,
            float[][] goemotionsStars, int[] koteGold, int[] goemotionsGold) {
        float[][] kote = blended.koteHeldOut();
        float[][] goemotions = blended.goemotionsHeldOut();
        HeadBlend.Point without = HeadBlend.point(0, kote, goemotions, koteGold, goemotionsGold);
        float[][] z = HeadBlend.concat(kote, goemotions);
        float[][] s = HeadBlend.concat(koteStars, goemotionsStars);
        int[] y = HeadBlend.concat(koteGold, goemotionsGold);
        int k = z[0].length;
        double[][] startA = LogitStack.scaledIdentity(k, k, 1);
        double[][] startB = LogitStack.scaledIdentity(k, NgramStars.STARS, 0);
        float[][] crossFitted = LogitStack.crossFitted(z, s, y, FOLDS, startA, startB);
        int n = koteGold.length;
        float[][] stackedKote = Arrays.copyOfRange(crossFitted, 0, n);
        float[][] stackedGoemotions = Arrays.copyOfRange(crossFitted, n, crossFitted.length);
        HeadBlend.Point with = HeadBlend.point(Double.NaN, stackedKote, stackedGoemotions, koteGold, goemotionsGold);
        NgramModel moods = blended.model();
        if (!betterOnBoth(with, without)) {
            Map<String, Object> training = new LinkedHashMap<>(moods.training());
            training.put("starStack", String.format(Locale.ROOT, "not kept, as it is not better on both kinds of "
                    + "text: mood logits restacked with the star head's: %s; without: %s", with, without));
            return new Stacked(new NgramModel(moods.features(), moods.labels(), moods.weights(), moods.bias(),
                    moods.maxChars(), moods.languages(), moods.temperature(), training, moods.stars()), without, with,
                    false);
        }
        LogitStack stack = LogitStack.fit(z, s, y, startA, startB);
        float[] w = stack.foldWeights(moods.weights(), stars.weights());
        // The blend's own offsets and temperature were for its logits alone: both are chosen again.
        float[] rawBias = subtract(moods.bias(), blended.best().offsets());
        float[] bias = LogitOffsets.add(stack.apply(rawBias, stars.bias()), with.offsets());
        float[][] all = HeadBlend.shift(crossFitted, with.offsets());
        double temperature = Calibration.fitTemperature(all, y);
        Map<String, Object> training = new LinkedHashMap<>(moods.training());
        training.put("starStack", String.format(Locale.ROOT, "mood logits restacked with the star head's: %s; "
                + "without: %s; temperature %.4f", with, without, temperature));
        NgramModel model = new NgramModel(moods.features(), moods.labels(), w, bias, moods.maxChars(),
                moods.languages(), temperature, training, moods.stars());
        return new Stacked(model, without, with, true);
    }

    private static boolean betterOnBoth(HeadBlend.Point with, HeadBlend.Point without) {
        return with.comments().accuracy() + with.comments().macroF1()
                > without.comments().accuracy() + without.comments().macroF1()
                && with.sentences().macroF1() >= without.sentences().macroF1();
    }

    private static float[] subtract(float[] a, float[] b) {
        float[] out = a.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] -= b[i];
        }
        return out;
    }
}
