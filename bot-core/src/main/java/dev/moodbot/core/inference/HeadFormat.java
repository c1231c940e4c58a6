package dev.moodbot.core.inference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Parses {@code head.json}, {@code head.bin} and {@code ngrams.tsv}; every size is checked against the manifest. */
final class HeadFormat {
    private static final ObjectMapper JSON = new ObjectMapper();

    private HeadFormat() {}

    @SuppressWarnings("unchecked")
    static EmotionHead read(ModelFiles files) throws IOException {
        JsonNode manifest;
        ByteBuffer weights;
        try (InputStream manifestStream = files.require(EmotionHead.MANIFEST);
                InputStream weightsStream = files.require(EmotionHead.WEIGHTS)) {
            manifest = JSON.readTree(manifestStream);
            weights = ByteBuffer.wrap(weightsStream.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN);
        }
        String format = manifest.path("format").asText();
        if (!format.equals("moodbot-head-1")) {
            throw new IOException("head.json format is '" + format + "', expected 'moodbot-head-1'");
        }
        List<DenseLayer> layers = new ArrayList<>();
        for (JsonNode shape : manifest.path("layers")) {
            int in = shape.path("inputs").asInt();
            int out = shape.path("outputs").asInt();
            if (weights.remaining() < (in * out + out) * Float.BYTES) {
                throw new IOException("head.bin is too short for layer " + in + "->" + out);
            }
            float[] w = new float[in * out];
            float[] b = new float[out];
            weights.asFloatBuffer().get(w);
            weights.position(weights.position() + w.length * Float.BYTES);
            weights.asFloatBuffer().get(b);
            weights.position(weights.position() + b.length * Float.BYTES);
            layers.add(new DenseLayer(in, out, w, b, shape.path("activation").asText().equals("relu")));
        }
        if (weights.hasRemaining()) {
            throw new IOException("head.bin has " + weights.remaining() + " bytes more than head.json's layers");
        }
        List<String> labels = new ArrayList<>();
        manifest.path("labels").forEach(label -> labels.add(label.asText()));
        FeatureSpec features = FeatureSpec.parse(manifest.path("pooling").asText("mean"),
                manifest.path("l2Normalize").asBoolean(false));
        Map<String, Object> training = JSON.convertValue(manifest.path("training"), Map.class);
        Optional<NgramLayer> ngrams = Optional.empty();
        if (manifest.hasNonNull("ngrams")) {
            try (InputStream in = files.require(manifest.get("ngrams").asText())) {
                ngrams = Optional.of(NgramLayer.read(in));
            }
        }
        return new EmotionHead(manifest.path("encoder").asText(), manifest.path("maxTokens").asInt(128), features,
                labels, layers, training == null ? Map.of() : training, ngrams,
                manifest.path("temperature").asDouble(1.0));
    }
}
