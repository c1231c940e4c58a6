package dev.moodbot.models.train;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import dev.moodbot.core.inference.RuntimeTokenizer;
import dev.moodbot.models.LabelledText;
import dev.moodbot.models.data.Dataset;
import dev.moodbot.models.data.Datasets;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Writes a dataset split as token ids, one {@code mood<TAB>id id id ...} line per row, tokenised exactly as the
 * runtime tokenises (DJL's HuggingFaceTokenizer over the model's {@code tokenizer.json}, special tokens added, cut to
 * {@code maxTokens}, no padding). The fine-tuning script ({@code models/scripts/finetune_minilm.py}) reads these
 * files, so Python needs no tokenizer of its own and cannot tokenise differently from the bot.
 *
 * <p>Usage: {@code TokenDump <tokenizer.json> <maxTokens> <dataset> <split> <out.tsv>}
 */
public final class TokenDump {
    private TokenDump() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 5) {
            System.err.println("usage: TokenDump <tokenizer.json> <maxTokens> <dataset> <split> <out.tsv>");
            System.exit(2);
        }
        Path tokenizerJson = Path.of(args[0]);
        int maxTokens = Integer.parseInt(args[1]);
        Dataset dataset = Datasets.standard().read(Path.of(args[2]), args[3]);
        Path out = Path.of(args[4]);
        try (HuggingFaceTokenizer tokenizer = RuntimeTokenizer.open(tokenizerJson, maxTokens);
                BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (LabelledText row : dataset.rows()) {
                Encoding encoding = tokenizer.encode(row.text());
                writer.write(row.mood().key());
                writer.write('\t');
                writer.write(Arrays.stream(encoding.getIds()).mapToObj(Long::toString).collect(Collectors.joining(" ")));
                writer.newLine();
            }
        }
        System.out.println(dataset.note() + " -> " + out);
    }
}
