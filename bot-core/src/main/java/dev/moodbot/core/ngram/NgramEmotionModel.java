package dev.moodbot.core.ngram;

import dev.moodbot.core.inference.EmotionModel;
import dev.moodbot.core.inference.ModelInfo;
import dev.moodbot.core.inference.ModelLoadException;
import dev.moodbot.core.inference.Prediction;
import dev.moodbot.core.mood.Language;
import dev.moodbot.core.mood.Mood;
import dev.moodbot.core.mood.MoodScores;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Runs an {@link NgramModel}: features, one sparse dot product per label, softmax. Pure Java and a few
 * microseconds a text, so it needs no ONNX Runtime and nothing to close; safe for many threads at once.
 */
public final class NgramEmotionModel implements EmotionModel {
    private final ModelInfo info;
    private final NgramModel model;
    private final NgramFeatures features;
    private final Mood[] moodOfLabel;

    /** @throws ModelLoadException when a label is not one of the seven moods */
    public NgramEmotionModel(String id, NgramModel model) {
        this.info = new ModelInfo(id, model.maxChars(), languages(model), model.temperature());
        this.model = model;
        this.features = new NgramFeatures(model.features());
        this.moodOfLabel = model.labels().stream().map(label -> Mood.fromKey(label).orElseThrow(() ->
                new ModelLoadException("n-gram model label '" + label + "' is not a mood (joy, sadness, anger, "
                        + "fear, surprise, disgust, neutral)"))).toArray(Mood[]::new);
    }

    @Override
    public ModelInfo info() {
        return info;
    }

    @Override
    public List<Prediction> predict(List<String> texts) {
        List<Prediction> out = new ArrayList<>(texts.size());
        for (String text : texts) {
            boolean truncated = text.codePointCount(0, text.length()) > model.maxChars();
            String read = truncated ? text.substring(0, text.offsetByCodePoints(0, model.maxChars())) : text;
            out.add(new Prediction(scores(model.logits(features.extract(read))), OptionalDouble.empty(), truncated));
        }
        return out;
    }

    private MoodScores scores(float[] logits) {
        double t = model.temperature();
        double max = Double.NEGATIVE_INFINITY;
        for (float l : logits) {
            max = Math.max(max, l / t);
        }
        double[] moods = new double[Mood.values().length];
        for (int i = 0; i < logits.length; i++) {
            moods[moodOfLabel[i].ordinal()] += Math.exp(logits[i] / t - max);
        }
        return MoodScores.of(moods);
    }

    private static Set<Language> languages(NgramModel model) {
        Set<Language> out = EnumSet.noneOf(Language.class);
        for (String code : model.languages()) {
            for (Language language : Language.values()) {
                if (language.code().equalsIgnoreCase(code)) {
                    out.add(language);
                }
            }
        }
        return out;
    }

    @Override
    public void close() {
        // Nothing native to release.
    }
}
