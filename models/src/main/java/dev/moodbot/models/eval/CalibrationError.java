package dev.moodbot.models.eval;

/**
 * Expected calibration error: rows binned by the confidence of their top mood into equal-width bins, then the
 * row-weighted mean of |accuracy - mean confidence| per bin. 0 means "confidence 0.8" is right 80 % of the time.
 */
public final class CalibrationError {
    public static final int BINS = 15;

    private CalibrationError() {}

    public static double of(double[] confidence, boolean[] correct, int bins) {
        if (confidence.length != correct.length) {
            throw new IllegalArgumentException(confidence.length + " confidences, " + correct.length + " outcomes");
        }
        double[] conf = new double[bins];
        double[] right = new double[bins];
        int[] count = new int[bins];
        for (int i = 0; i < confidence.length; i++) {
            // Bins are (lo, hi]; a confidence of exactly 0 joins the first bin.
            int b = Math.min(bins - 1, Math.max(0, (int) Math.ceil(confidence[i] * bins) - 1));
            conf[b] += confidence[i];
            right[b] += correct[i] ? 1 : 0;
            count[b]++;
        }
        double ece = 0;
        for (int b = 0; b < bins; b++) {
            if (count[b] > 0) {
                ece += Math.abs(right[b] - conf[b]) / confidence.length;
            }
        }
        return ece;
    }
}
