package dev.moodbot.core.inference;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The one set of tokenizer settings moodbot runs with, shared by the runtime and the build-time tools that must
 * tokenise exactly as it does (e.g. {@code TokenDump} for the fine-tuning script).
 */
public final class RuntimeTokenizer {
    private RuntimeTokenizer() {}

    /** Special tokens added, cut to {@code maxTokens}, unpadded: batches pad themselves, to their longest text. */
    public static HuggingFaceTokenizer open(Path tokenizerJson, int maxTokens) throws IOException {
        // Exported tokenizer.json files often pad to a fixed length; padding is turned off here for that reason.
        return HuggingFaceTokenizer.builder()
                .optTokenizerPath(tokenizerJson)
                .optAddSpecialTokens(true)
                .optTruncation(true)
                .optMaxLength(maxTokens)
                .optPadding(false)
                .build();
    }
}
