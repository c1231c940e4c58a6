package dev.moodbot.core.inference;

import dev.moodbot.core.ngram.SparseVector;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A linear layer over {@link NgramFeatures}: {@code logits = bias + sum_j x_j W[j]}. Alone it is the TF-IDF +
 * logistic-regression baseline; inside an {@link EmotionHead} its logits are added to the encoder head's, so words
 * the encoder blurs (slurs, "thanks", "lol") still count.
 *
 * <p>Stored as {@code ngrams.tsv}: a {@code # moodbot-ngrams-1} line, a {@code bias} line, then one
 * {@code term<TAB>idf<TAB>w_1 ... w_K} line per term.
 *
 * @param weights row-major {@code [term][output]}
 */
public record NgramLayer(NgramFeatures features, int outputs, float[] weights, float[] bias) {
    public static final String FILE = "ngrams.tsv";
    private static final String HEADER = "# moodbot-ngrams-1";

    public NgramLayer {
        Objects.requireNonNull(features, "features");
        if (weights.length != features.size() * outputs || bias.length != outputs) {
            throw new IllegalArgumentException("n-gram layer of " + features.size() + " terms x " + outputs
                    + " outputs has " + weights.length + " weights and " + bias.length + " biases");
        }
    }

    public float[] logits(String text) {
        return logits(features.vector(text));
    }

    public float[] logits(SparseVector x) {
        return x.times(weights, bias);
    }

    public void write(Writer out) throws IOException {
        BufferedWriter w = new BufferedWriter(out);
        w.write(HEADER);
        w.newLine();
        w.write("bias\t" + join(bias, 0));
        w.newLine();
        for (int t = 0; t < features.size(); t++) {
            w.write(features.vocabulary().get(t) + "\t" + String.format(Locale.ROOT, "%.6g", features.idf(t)) + "\t"
                    + join(weights, t * outputs));
            w.newLine();
        }
        w.flush();
    }

    public static NgramLayer read(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String header = reader.readLine();
        if (!HEADER.equals(header)) {
            throw new IOException(FILE + " starts with '" + header + "', expected '" + HEADER + "'");
        }
        String biasLine = reader.readLine();
        if (biasLine == null || !biasLine.startsWith("bias\t")) {
            throw new IOException(FILE + ": second line must be 'bias<TAB>values'");
        }
        float[] bias = parse(biasLine.substring(5), -1, 2);
        List<String> terms = new ArrayList<>();
        List<Float> idf = new ArrayList<>();
        List<float[]> rows = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            String[] cols = line.split("\t", -1);
            if (cols.length != 3) {
                throw new IOException(FILE + " line " + (terms.size() + 3) + ": expected term<TAB>idf<TAB>weights");
            }
            terms.add(cols[0]);
            idf.add(Float.parseFloat(cols[1]));
            rows.add(parse(cols[2], bias.length, terms.size() + 2));
        }
        float[] idfs = new float[idf.size()];
        float[] weights = new float[terms.size() * bias.length];
        for (int t = 0; t < terms.size(); t++) {
            idfs[t] = idf.get(t);
            System.arraycopy(rows.get(t), 0, weights, t * bias.length, bias.length);
        }
        return new NgramLayer(new NgramFeatures(terms, idfs), bias.length, weights, bias);
    }

    private String join(float[] values, int from) {
        StringBuilder s = new StringBuilder();
        for (int o = 0; o < outputs; o++) {
            s.append(o == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.5g", values[from + o]));
        }
        return s.toString();
    }

    private static float[] parse(String values, int expected, int lineNumber) throws IOException {
        String[] parts = values.split(" ");
        if (expected >= 0 && parts.length != expected) {
            throw new IOException(FILE + " line " + lineNumber + ": " + parts.length + " weights, expected " + expected);
        }
        float[] out = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Float.parseFloat(parts[i]);
        }
        return out;
    }
}
