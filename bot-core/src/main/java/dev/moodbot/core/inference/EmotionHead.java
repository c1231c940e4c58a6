package dev.moodbot.core.inference;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A small classifier over a sentence encoder's pooled output, stored as {@code head.json} (a manifest) plus
 * {@code head.bin} (the weights: per layer, {@code W} row-major then {@code b}, little-endian float32), and, for a
 * hybrid head, {@code ngrams.tsv}: a TF-IDF n-gram layer whose logits are added to the dense layers' logits.
 *
 * @param encoder which embedded encoder produces the features, e.g. {@code all-minilm-l6-v2}
 * @param maxTokens tokens of a text the encoder reads
 * @param features which pooled features the first layer reads
 * @param labels the last layer's outputs, in order; mapped to moods like any model's labels
 * @param layers applied in order; the last one gives logits
 * @param training free-form notes on how the head was made (data, settings, dev scores)
 * @param ngrams the n-gram layer of a hybrid head
 * @param temperature logits are divided by it before the softmax (temperature scaling, fitted on dev); 1 = none
 */
public record EmotionHead(String encoder, int maxTokens, FeatureSpec features, List<String> labels,
        List<DenseLayer> layers, Map<String, Object> training, Optional<NgramLayer> ngrams, double temperature) {
    public static final String MANIFEST = "head.json";
    public static final String WEIGHTS = "head.bin";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public EmotionHead {
        Objects.requireNonNull(encoder, "encoder");
        Objects.requireNonNull(features, "features");
        labels = List.copyOf(labels);
        layers = List.copyOf(layers);
        training = Map.copyOf(training);
        if (layers.isEmpty() || layers.getLast().outputs() != labels.size()) {
            throw new IllegalArgumentException("the last layer must give one output per label " + labels);
        }
        Objects.requireNonNull(ngrams, "ngrams");
        if (ngrams.isPresent() && ngrams.get().outputs() != labels.size()) {
            throw new IllegalArgumentException("the n-gram layer must give one output per label " + labels);
        }
        if (!(temperature > 0)) {
            throw new IllegalArgumentException("temperature must be > 0: " + temperature);
        }
    }

    /** A head over the encoder alone, uncalibrated. */
    public EmotionHead(String encoder, int maxTokens, FeatureSpec features, List<String> labels,
            List<DenseLayer> layers, Map<String, Object> training) {
        this(encoder, maxTokens, features, labels, layers, training, Optional.empty(), 1.0);
    }

    /** Logits before temperature scaling, from the encoder's {@code [mean | max]} output and the text itself. */
    public float[] logits(float[] pooled, String text) {
        float[] x = features.select(pooled);
        for (DenseLayer layer : layers) {
            x = layer.apply(x);
        }
        if (ngrams.isPresent()) {
            float[] sparse = ngrams.get().logits(text);
            for (int i = 0; i < x.length; i++) {
                x[i] += sparse[i];
            }
        }
        return x;
    }

    public EmotionHead withTraining(Map<String, Object> notes) {
        return new EmotionHead(encoder, maxTokens, features, labels, layers, notes, ngrams, temperature);
    }

    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Map<String, Object>> shapes = new ArrayList<>();
        int floats = 0;
        for (DenseLayer layer : layers) {
            shapes.add(Map.of("inputs", layer.inputs(), "outputs", layer.outputs(),
                    "activation", layer.relu() ? "relu" : "none"));
            floats += layer.weights().length + layer.bias().length;
        }
        Map<String, Object> manifest = new java.util.LinkedHashMap<>();
        manifest.put("format", "moodbot-head-1");
        manifest.put("encoder", encoder);
        manifest.put("maxTokens", maxTokens);
        manifest.put("pooling", features.pooling());
        manifest.put("l2Normalize", features.l2Normalize());
        manifest.put("labels", labels);
        manifest.put("layers", shapes);
        manifest.put("weights", WEIGHTS);
        manifest.put("temperature", temperature);
        if (ngrams.isPresent()) {
            manifest.put("ngrams", NgramLayer.FILE);
            try (var out = Files.newBufferedWriter(dir.resolve(NgramLayer.FILE), java.nio.charset.StandardCharsets.UTF_8)) {
                ngrams.get().write(out);
            }
        }
        manifest.put("training", training);
        JSON.writeValue(dir.resolve(MANIFEST).toFile(), manifest);
        ByteBuffer buffer = ByteBuffer.allocate(floats * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (DenseLayer layer : layers) {
            buffer.asFloatBuffer().put(layer.weights());
            buffer.position(buffer.position() + layer.weights().length * Float.BYTES);
            buffer.asFloatBuffer().put(layer.bias());
            buffer.position(buffer.position() + layer.bias().length * Float.BYTES);
        }
        Files.write(dir.resolve(WEIGHTS), buffer.array());
    }

    /** Reads a head from a folder on disk. */
    public static EmotionHead read(Path dir) {
        return read(ModelFiles.folder(dir));
    }

    static EmotionHead read(ModelFiles files) {
        try {
            return HeadFormat.read(files);
        } catch (IOException | RuntimeException e) {
            throw new ModelLoadException("cannot read the emotion head in " + files + ": " + e.getMessage(), e);
        }
    }
}
