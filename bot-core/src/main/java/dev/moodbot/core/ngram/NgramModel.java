package dev.moodbot.core.ngram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.moodbot.core.inference.ModelLoadException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A trained n-gram model as stored in its folder: {@code ngram-model.json} (the manifest: format, features, labels,
 * languages, how it was trained) and {@code ngram-model.bin} (the weights: {@code dims x labels} float16,
 * feature-major, then one float32 bias per label, little-endian). Float16 halves the file at no cost in accuracy:
 * the weights of an L2-regularised linear model are small numbers.
 *
 * @param features how texts are turned into features
 * @param labels the outputs, in order: mood names ({@code joy}, {@code sadness}, ...)
 * @param weights {@code weights[feature * labels.size() + label]}
 * @param bias one per label
 * @param maxChars characters of a text that are read; longer texts are cut and flagged
 * @param languages the languages it was trained for ({@code ko}); tells the router what it reads
 * @param temperature the calibration temperature the logits are divided by before softmax (1 = uncalibrated)
 * @param training free-form notes: data, command, cross-validation figures
 */
public record NgramModel(NgramFeatureSpec features, List<String> labels, float[] weights, float[] bias,
        int maxChars, List<String> languages, double temperature, Map<String, Object> training) {
    public static final String MANIFEST = "ngram-model.json";
    public static final String WEIGHTS = "ngram-model.bin";
    static final String FORMAT = "moodbot-ngram-1";
    /** Version 2 adds morpheme features; a reader of version 1 would silently leave them out, so it must refuse. */
    static final String FORMAT_MORPHEMES = "moodbot-ngram-2";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public NgramModel {
        Objects.requireNonNull(features, "features");
        labels = List.copyOf(labels);
        languages = List.copyOf(languages);
        // Insertion order kept (Map.copyOf's order changes from run to run), so the same training writes the same file.
        training = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(training));
        if (weights.length != features.dims() * labels.size() || bias.length != labels.size()) {
            throw new IllegalArgumentException("weights must be dims x labels (" + features.dims() + " x "
                    + labels.size() + "), got " + weights.length + " weights and " + bias.length + " biases");
        }
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be >= 1: " + maxChars);
        }
        if (!(temperature > 0)) {
            throw new IllegalArgumentException("temperature must be > 0: " + temperature);
        }
    }

    /** The raw scores of each label for one text's features. */
    public float[] logits(SparseVector x) {
        return x.times(weights, bias);
    }

    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("format", features.morphemes() ? FORMAT_MORPHEMES : FORMAT);
        manifest.put("languages", languages);
        manifest.put("labels", labels);
        manifest.put("maxChars", maxChars);
        manifest.put("temperature", temperature);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("dims", features.dims());
        f.put("charNgrams", List.of(features.charMin(), features.charMax()));
        f.put("jamoNgrams", List.of(features.jamoMin(), features.jamoMax()));
        f.put("words", features.words());
        f.put("marks", features.marks());
        if (features.morphemes()) {
            f.put("morphemes", true);
        }
        manifest.put("features", f);
        manifest.put("weights", WEIGHTS);
        manifest.put("weightType", "float16");
        manifest.put("training", training);
        JSON.writeValue(dir.resolve(MANIFEST).toFile(), manifest);
        ByteBuffer buffer = ByteBuffer.allocate(weights.length * 2 + bias.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float w : weights) {
            buffer.putShort(Float.floatToFloat16(w));
        }
        for (float b : bias) {
            buffer.putFloat(b);
        }
        Files.write(dir.resolve(WEIGHTS), buffer.array());
    }

    /** Reads a model from a folder on disk. */
    public static NgramModel read(Path dir) {
        try (InputStream manifest = Files.newInputStream(dir.resolve(MANIFEST));
                InputStream weights = Files.newInputStream(dir.resolve(WEIGHTS))) {
            return read(manifest, weights);
        } catch (IOException | RuntimeException e) {
            throw new ModelLoadException("cannot read the n-gram model in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Parses the two files; every size in the manifest is checked against the weights file. */
    @SuppressWarnings("unchecked")
    public static NgramModel read(InputStream manifestStream, InputStream weightsStream) throws IOException {
        JsonNode m = JSON.readTree(manifestStream);
        String format = m.path("format").asText();
        if (!format.equals(FORMAT) && !format.equals(FORMAT_MORPHEMES)) {
            throw new IOException(MANIFEST + " format is '" + format + "', expected '" + FORMAT + "' or '"
                    + FORMAT_MORPHEMES + "'");
        }
        JsonNode f = m.path("features");
        NgramFeatureSpec spec = new NgramFeatureSpec(f.path("dims").asInt(), f.path("charNgrams").path(0).asInt(),
                f.path("charNgrams").path(1).asInt(), f.path("jamoNgrams").path(0).asInt(),
                f.path("jamoNgrams").path(1).asInt(), f.path("words").asBoolean(), f.path("marks").asBoolean(),
                f.path("morphemes").asBoolean(false));
        List<String> labels = strings(m.path("labels"));
        int k = labels.size();
        ByteBuffer bytes = ByteBuffer.wrap(weightsStream.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN);
        long expected = (long) spec.dims() * k * 2 + k * 4L;
        if (bytes.remaining() != expected) {
            throw new IOException(WEIGHTS + " has " + bytes.remaining() + " bytes; the manifest's " + spec.dims()
                    + " features x " + k + " labels need " + expected);
        }
        float[] weights = new float[spec.dims() * k];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = Float.float16ToFloat(bytes.getShort());
        }
        float[] bias = new float[k];
        for (int i = 0; i < k; i++) {
            bias[i] = bytes.getFloat();
        }
        Map<String, Object> training = JSON.convertValue(m.path("training"), Map.class);
        return new NgramModel(spec, labels, weights, bias, m.path("maxChars").asInt(1000),
                strings(m.path("languages")), m.path("temperature").asDouble(1.0), training == null ? Map.of() : training);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(node -> out.add(node.asText()));
        return out;
    }
}
