package dev.moodbot.core.inference;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Tokenises with a model's own {@code tokenizer.json}, keeping recent encodings in a bounded cache keyed by the
 * normalised text, so that a repeated message skips the tokenizer.
 */
public final class TokenCache implements AutoCloseable {
    private final HuggingFaceTokenizer tokenizer;
    private final Cache<String, TokenizedText> cache;
    private final int maxTokens;

    /** @param cacheSize 0 keeps nothing: every call runs the tokenizer */
    public TokenCache(Path tokenizerJson, int maxTokens, int cacheSize) {
        if (maxTokens < 2) {
            throw new IllegalArgumentException("maxTokens must be >= 2: " + maxTokens);
        }
        this.maxTokens = maxTokens;
        try {
            this.tokenizer = RuntimeTokenizer.open(tokenizerJson, maxTokens);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read tokenizer " + tokenizerJson + ": " + e.getMessage(), e);
        }
        this.cache = Caffeine.newBuilder().maximumSize(cacheSize).recordStats().build();
    }

    public TokenizedText encode(String text) {
        return cache.get(text, this::tokenize);
    }

    int maxTokens() {
        return maxTokens;
    }

    /** Entries held after pending evictions are done (Caffeine evicts in the background). */
    long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    public CacheStats stats() {
        return cache.stats();
    }

    private TokenizedText tokenize(String text) {
        Encoding encoding = tokenizer.encode(text);
        return new TokenizedText(encoding.getIds(), encoding.getTypeIds(), encoding.exceedMaxLength());
    }

    @Override
    public void close() {
        tokenizer.close();
    }
}
