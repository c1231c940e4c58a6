package dev.moodbot.models.eval;

import dev.moodbot.core.mood.Mood;

/**
 * Classification figures over the seven moods. Macro-F1 averages the moods that occur in the gold labels or the
 * predictions, so a dataset without, say, surprise is not marked down for it.
 *
 * @param confusion {@code confusion[gold][predicted]}, indexed by {@link Mood#ordinal()}
 */
public record Metrics(int[][] confusion) {
    private static final int K = Mood.values().length;

    public static Metrics of(int[] gold, int[] predicted) {
        if (gold.length != predicted.length) {
            throw new IllegalArgumentException(gold.length + " gold labels, " + predicted.length + " predictions");
        }
        int[][] confusion = new int[K][K];
        for (int i = 0; i < gold.length; i++) {
            confusion[gold[i]][predicted[i]]++;
        }
        return new Metrics(confusion);
    }

    public int n() {
        int n = 0;
        for (int[] row : confusion) {
            for (int c : row) {
                n += c;
            }
        }
        return n;
    }

    public double accuracy() {
        int right = 0;
        for (int k = 0; k < K; k++) {
            right += confusion[k][k];
        }
        return n() == 0 ? 0 : (double) right / n();
    }

    public int support(Mood mood) {
        int s = 0;
        for (int c : confusion[mood.ordinal()]) {
            s += c;
        }
        return s;
    }

    public int predicted(Mood mood) {
        int s = 0;
        for (int[] row : confusion) {
            s += row[mood.ordinal()];
        }
        return s;
    }

    public double precision(Mood mood) {
        int p = predicted(mood);
        return p == 0 ? 0 : (double) confusion[mood.ordinal()][mood.ordinal()] / p;
    }

    public double recall(Mood mood) {
        int s = support(mood);
        return s == 0 ? 0 : (double) confusion[mood.ordinal()][mood.ordinal()] / s;
    }

    public double f1(Mood mood) {
        double p = precision(mood);
        double r = recall(mood);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double macroF1() {
        double sum = 0;
        int counted = 0;
        for (Mood mood : Mood.values()) {
            if (support(mood) > 0 || predicted(mood) > 0) {
                sum += f1(mood);
                counted++;
            }
        }
        return counted == 0 ? 0 : sum / counted;
    }
}
