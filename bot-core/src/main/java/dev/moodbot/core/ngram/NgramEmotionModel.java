package dev.moodbot.core.ngram;

import dev.moodbot.core.inference.EmotionModel;
import dev.moodbot.core.inference.LabelMapping;
import dev.moodbot.core.inference.ModelInfo;
import dev.moodbot.core.inference.ModelLoadException;
import dev.moodbot.core.inference.Prediction;
import dev.moodbot.core.mood.Language;
import dev.moodbot.core.mood.Mood;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Runs an {@link NgramModel}: features, one sparse dot product per label, then the same temperature-scaled
 * softmax and label-to-mood mapping as every other model ({@link LabelMapping}). Pure Java and a few
 * microseconds a text, so it needs no ONNX Runtime and nothing to close; safe for many threads at once. A model
 * with a star head ({@link NgramStars}) gives its own 1–5 score from the same features.
 */
public final class NgramEmotionModel implements EmotionModel {
    private final ModelInfo info;
    private final NgramModel model;
    private final NgramFeatures features;
    private final LabelMapping mapping;

    /** @throws ModelLoadException when a label is not one of the seven moods */
    public NgramEmotionModel(String id, NgramModel model) {
        this.info = new ModelInfo(id, model.maxChars(), languages(model), model.temperature());
        this.model = model;
        this.features = new NgramFeatures(model.features());
        for (String label : model.labels()) {
            Mood.fromKey(label).orElseThrow(() -> new ModelLoadException("n-gram model label '" + label
                    + "' is not a mood (joy, sadness, anger, fear, surprise, disgust, neutral)"));
        }
        this.mapping = LabelMapping.moods(model.labels(), model.temperature());
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
            SparseVector x = features.extract(read);
            Prediction p = mapping.map(model.logits(x), truncated);
            out.add(model.stars().map(head -> new Prediction(p.moods(), OptionalDouble.of(head.stars(x)), truncated))
                    .orElse(p));
        }
        return out;
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
