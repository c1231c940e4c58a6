package dev.moodbot.core.inference;

import dev.moodbot.core.mood.Mood;
import dev.moodbot.core.mood.MoodScores;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A model's labels, in output order, each mapped to a mood (and a star rating where the label is one). Built once
 * at load time, so that a label with no mapping stops start-up instead of surprising a user.
 */
public final class LabelMapping {
    private final List<String> labels;
    private final List<LabelTarget> targets;
    private final Activation activation;
    private final double temperature;
    private final boolean rated;

    private LabelMapping(List<String> labels, List<LabelTarget> targets, Activation activation, double temperature) {
        this.labels = List.copyOf(labels);
        this.targets = List.copyOf(targets);
        this.activation = activation;
        this.temperature = temperature;
        this.rated = targets.stream().anyMatch(t -> t.stars().isPresent());
    }

    /**
     * Maps each label through {@code overrides} first, then the built-in names.
     *
     * @throws ModelLoadException naming the first label that maps to nothing
     */
    static LabelMapping of(List<String> labels, Map<String, LabelTarget> overrides, Activation activation) {
        return of(labels, overrides, activation, 1.0);
    }

    /** Labels that are mood names ({@code joy}, {@code sadness}, ...) under a softmax, as a model moodbot trained. */
    public static LabelMapping moods(List<String> labels, double temperature) {
        return of(labels, Map.of(), Activation.SOFTMAX, temperature);
    }

    /**
     * As {@link #of(List, Map, Activation)}, with logits divided by {@code temperature} before the activation
     * (temperature scaling: a calibrated model's confidence 0.8 is right about 80 % of the time).
     */
    static LabelMapping of(List<String> labels, Map<String, LabelTarget> overrides, Activation activation,
            double temperature) {
        if (!(temperature > 0)) {
            throw new ModelLoadException("temperature must be > 0, got " + temperature);
        }
        List<LabelTarget> targets = new ArrayList<>();
        for (String label : labels) {
            Optional<LabelTarget> target = Optional.ofNullable(overrides.get(label)).or(() -> BuiltinLabels.lookup(label));
            targets.add(target.orElseThrow(() -> new ModelLoadException("label '" + label
                    + "' maps to no mood; add it under 'labels:' in moodbot-model.yaml (model labels: " + labels
                    + ")")));
        }
        if (targets.stream().allMatch(t -> t.mood().isEmpty())) {
            throw new ModelLoadException("every label of the model is ignored: " + labels);
        }
        return new LabelMapping(labels, targets, activation, temperature);
    }

    List<String> labels() {
        return labels;
    }

    double temperature() {
        return temperature;
    }

    /**
     * Adds each label's probability to its mood. A model with star or polarity labels also gives a score: the
     * expected value over its labels, where a label without stars counts as its mood's valence.
     */
    public Prediction map(float[] logits, boolean truncated) {
        if (logits.length != targets.size()) {
            throw new IllegalStateException("model gave " + logits.length + " outputs for " + targets.size()
                    + " labels " + labels);
        }
        double[] p = activation.apply(scaled(logits));
        double[] moods = new double[Mood.values().length];
        double stars = 0;
        double kept = 0;
        for (int i = 0; i < p.length; i++) {
            LabelTarget target = targets.get(i);
            if (target.mood().isEmpty()) {
                continue;
            }
            Mood mood = target.mood().get();
            moods[mood.ordinal()] += p[i];
            stars += p[i] * target.stars().orElse(mood.valence());
            kept += p[i];
        }
        if (kept == 0) {
            moods[Mood.NEUTRAL.ordinal()] = 1;
            return new Prediction(MoodScores.of(moods), rated ? OptionalDouble.of(3) : OptionalDouble.empty(), truncated);
        }
        OptionalDouble score = rated ? OptionalDouble.of(Math.clamp(stars / kept, 1, 5)) : OptionalDouble.empty();
        return new Prediction(MoodScores.of(moods), score, truncated);
    }

    private float[] scaled(float[] logits) {
        if (temperature == 1.0) {
            return logits;
        }
        float[] z = new float[logits.length];
        for (int i = 0; i < z.length; i++) {
            z[i] = (float) (logits[i] / temperature);
        }
        return z;
    }
}
