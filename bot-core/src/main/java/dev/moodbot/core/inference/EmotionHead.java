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

/**
 * A small classifier over a sentence encoder's pooled output, stored as {@code head.json} (a manifest) plus
 * {@code head.bin} (the weights: per layer, {@code W} row-major then {@code b}, little-endian float32).
 *
 * @param encoder which embedded encoder produces the features, e.g. {@code all-minilm-l6-v2}
 * @param maxTokens tokens of a text the encoder reads
 * @param features which pooled features the first layer reads
 * @param labels the last layer's outputs, in order; mapped to moods like any model's labels
 * @param layers applied in order; the last one gives logits
 * @param training free-form notes on how the head was made (data, settings, dev scores)
 */
public record EmotionHead(String encoder, int maxTokens, FeatureSpec features, List<String> labels,
        List<DenseLayer> layers, Map<String, Object> training) {
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
    }

    public float[] logits(float[] pooled) {
        float[] x = features.select(pooled);
        for (DenseLayer layer : layers) {
            x = layer.apply(x);
        }
        return x;
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
        try (InputStream manifest = Files.newInputStream(dir.resolve(MANIFEST));
                InputStream weights = Files.newInputStream(dir.resolve(WEIGHTS))) {
            return HeadFormat.read(manifest, weights);
        } catch (IOException | RuntimeException e) {
            throw new ModelLoadException("cannot read the emotion head in " + dir + ": " + e.getMessage(), e);
        }
    }
}
