package dev.moodbot.core.inference;

import java.util.ArrayList;
import java.util.List;

/** An embedded sentence encoder with a trained emotion head on top, e.g. {@code builtin:minilm-emotion}. */
final class EncoderHeadModel implements EmotionModel {
    private final ModelInfo info;
    private final SentenceEncoder encoder;
    private final EmotionHead head;
    private final LabelMapping mapping;

    EncoderHeadModel(String id, SentenceEncoder encoder, EmotionHead head, LabelMapping mapping) {
        this.info = new ModelInfo(id, encoder.tokens().maxTokens(), java.util.Set.of(), mapping.temperature());
        this.encoder = encoder;
        this.head = head;
        this.mapping = mapping;
    }

    @Override
    public ModelInfo info() {
        return info;
    }

    @Override
    public List<Prediction> predict(List<String> texts) {
        List<TokenizedText> tokenized = encoder.tokenize(texts);
        List<float[]> pooled = encoder.run(tokenized);
        List<Prediction> predictions = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            predictions.add(mapping.map(head.logits(pooled.get(i), texts.get(i)), tokenized.get(i).truncated()));
        }
        return predictions;
    }

    TokenCache tokens() {
        return encoder.tokens();
    }

    @Override
    public void close() {
        encoder.close();
    }
}
