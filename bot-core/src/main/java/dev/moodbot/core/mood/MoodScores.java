package dev.moodbot.core.mood;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A probability distribution over the seven moods; always sums to 1. */
public final class MoodScores {
    private static final Mood[] MOODS = Mood.values();

    private final double[] probabilities;

    private MoodScores(double[] probabilities) {
        this.probabilities = probabilities;
    }

    /** Normalises non-negative weights indexed by {@link Mood#ordinal()}. */
    public static MoodScores of(double[] weights) {
        if (weights.length != MOODS.length) {
            throw new IllegalArgumentException("expected " + MOODS.length + " weights, got " + weights.length);
        }
        double sum = 0;
        for (double w : weights) {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("weights must be finite and >= 0: " + Arrays.toString(weights));
            }
            sum += w;
        }
        if (sum == 0) {
            throw new IllegalArgumentException("weights must not all be zero");
        }
        double[] p = new double[weights.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = weights[i] / sum;
        }
        return new MoodScores(p);
    }

    public static MoodScores of(Map<Mood, Double> weights) {
        double[] w = new double[MOODS.length];
        weights.forEach((mood, value) -> w[mood.ordinal()] += value);
        return of(w);
    }

    public double get(Mood mood) {
        return probabilities[mood.ordinal()];
    }

    public Mood top() {
        int best = 0;
        for (int i = 1; i < probabilities.length; i++) {
            if (probabilities[i] > probabilities[best]) {
                best = i;
            }
        }
        return MOODS[best];
    }

    /** Moods from most to least likely. */
    public List<Mood> ranked() {
        return Arrays.stream(MOODS).sorted(Comparator.comparingDouble(this::get).reversed()).toList();
    }

    public Map<Mood, Double> asMap() {
        Map<Mood, Double> map = new EnumMap<>(Mood.class);
        for (Mood mood : MOODS) {
            map.put(mood, probabilities[mood.ordinal()]);
        }
        return map;
    }

    public double[] toArray() {
        return probabilities.clone();
    }

    /** The 1–5 score an emotion distribution implies: each mood's valence weighted by its probability. */
    public double valence() {
        double v = 0;
        for (Mood mood : MOODS) {
            v += mood.valence() * probabilities[mood.ordinal()];
        }
        return v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MoodScores other && Arrays.equals(probabilities, other.probabilities);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(probabilities);
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
