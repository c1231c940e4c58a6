package dev.moodbot.core.inference;

import java.util.ArrayList;
import java.util.List;

/** A Hugging Face text-classification export: the graph gives logits over its own labels, mapped onto moods. */
final class ClassifierModel implements EmotionModel {
    private final ModelInfo info;
    private final TokenCache tokens;
    private final OnnxRunner runner;
    private final LabelMapping mapping;

    ClassifierModel(ModelInfo info, TokenCache tokens, OnnxRunner runner, LabelMapping mapping) {
        this.info = info;
        this.tokens = tokens;
        this.runner = runner;
        this.mapping = mapping;
    }

    @Override
    public ModelInfo info() {
        return info;
    }

    @Override
    public List<Prediction> predict(List<String> texts) {
        List<TokenizedText> tokenized = texts.stream().map(tokens::encode).toList();
        List<float[]> logits = runner.run(tokenized);
        List<Prediction> predictions = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            predictions.add(mapping.map(logits.get(i), tokenized.get(i).truncated()));
        }
        return predictions;
    }

    TokenCache tokens() {
        return tokens;
    }

    @Override
    public void close() {
        runner.close();
        tokens.close();
    }
}
