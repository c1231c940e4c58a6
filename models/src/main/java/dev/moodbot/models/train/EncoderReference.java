package dev.moodbot.models.train;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import dev.moodbot.core.config.InferenceConfig;
import dev.moodbot.core.inference.RuntimeTokenizer;
import dev.moodbot.core.inference.SentenceEncoder;
import dev.moodbot.core.inference.TextModelLoader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes reference outputs of the embedded all-MiniLM-L6-v2 as ONNX Runtime computes them, one
 * {@code ids<TAB>mean-pooled last_hidden_state} line per sentence, so the fine-tuning script can prove that its
 * hand-written torch encoder reproduces the ONNX one before it trains anything.
 *
 * <p>Usage: {@code EncoderReference <tokenizer.json> <out.tsv> <sentence>...}
 */
public final class EncoderReference {
    private static final String ENCODER = "all-minilm-l6-v2";
    private static final int MAX_TOKENS = 128;

    private EncoderReference() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: EncoderReference <tokenizer.json> <out.tsv> <sentence>...");
            System.exit(2);
        }
        List<String> sentences = Arrays.asList(args).subList(2, args.length);
        try (HuggingFaceTokenizer tokenizer = RuntimeTokenizer.open(Path.of(args[0]), MAX_TOKENS);
                SentenceEncoder encoder = SentenceEncoder.openEmbedded(ENCODER, MAX_TOKENS, InferenceConfig.defaults(),
                        TextModelLoader.defaultCacheRoot());
                BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            List<float[]> pooled = encoder.encode(sentences);
            for (int i = 0; i < sentences.size(); i++) {
                long[] ids = tokenizer.encode(sentences.get(i)).getIds();
                float[] vector = pooled.get(i);
                int hidden = vector.length / 2; // [mean | max]; the mean half is compared
                out.write(Arrays.stream(ids).mapToObj(Long::toString).collect(Collectors.joining(" ")));
                out.write('\t');
                StringBuilder values = new StringBuilder();
                for (int h = 0; h < hidden; h++) {
                    values.append(h == 0 ? "" : " ").append(vector[h]);
                }
                out.write(values.toString());
                out.newLine();
            }
        }
    }
}
