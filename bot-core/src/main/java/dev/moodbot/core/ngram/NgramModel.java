package dev.moodbot.core.ngram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.moodbot.core.inference.ModelFiles;
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
import java.util.Optional;

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
 * @param stars a head that reads the 1–5 score from the same features ({@link NgramStars}); empty when the score is
 *     derived from the moods. Stored as an optional part of the folder: a reader that predates it still reads the
 *     moods, which do not depend on it.
 */
public record NgramModel(NgramFeatureSpec features, List<String> labels, float[] weights, float[] bias,
        int maxChars, List<String> languages, double temperature, Map<String, Object> training,
        Optional<NgramStars> stars) {
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
        Objects.requireNonNull(stars, "stars");
        if (stars.isPresent() && stars.get().weights().length != features.dims() * NgramStars.STARS) {
            throw new IllegalArgumentException("the star head must be dims x 5 (" + features.dims() + " x 5), got "
                    + stars.get().weights().length + " weights");
        }
    }

    /** A model without a star head. */
    public NgramModel(NgramFeatureSpec features, List<String> labels, float[] weights, float[] bias, int maxChars,
            List<String> languages, double temperature, Map<String, Object> training) {
        this(features, labels, weights, bias, maxChars, languages, temperature, training, Optional.empty());
    }

    /** This model with {@code head} reading its 1–5 score. */
    public NgramModel withStars(NgramStars head) {
        return new NgramModel(features, labels, weights, bias, maxChars, languages, temperature, training,
                Optional.of(head));
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
        if (stars.isPresent()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("weights", NgramStars.WEIGHTS);
            s.put("labels", List.of(1, 2, 3, 4, 5));
            s.put("temperature", stars.get().temperature());
            s.put("training", stars.get().training());
            manifest.put("stars", s);
            Files.write(dir.resolve(NgramStars.WEIGHTS), layer(stars.get().weights(), stars.get().bias()));
        } else {
            Files.deleteIfExists(dir.resolve(NgramStars.WEIGHTS));
        }
        JSON.writeValue(dir.resolve(MANIFEST).toFile(), manifest);
        Files.write(dir.resolve(WEIGHTS), layer(weights, bias));
    }

    private static byte[] layer(float[] weights, float[] bias) {
        ByteBuffer buffer = ByteBuffer.allocate(weights.length * 2 + bias.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float w : weights) {
            buffer.putShort(Float.floatToFloat16(w));
        }
        for (float b : bias) {
            buffer.putFloat(b);
        }
        return buffer.array();
    }

    /** Reads a model from a folder on disk. */
    public static NgramModel read(Path dir) {
        try {
            return read(ModelFiles.folder(dir));
        } catch (IOException | RuntimeException e) {
            throw new ModelLoadException("cannot read the n-gram model in " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses the manifest and the weights, and the star head's weights when the manifest names one; every size in
     * the manifest is checked against the weights files.
     */
    public static NgramModel read(ModelFiles files) throws IOException {
        try (InputStream manifest = files.require(MANIFEST); InputStream weights = files.require(WEIGHTS)) {
            return read(manifest, weights, files);
        }
    }

    @SuppressWarnings("unchecked")
    private static NgramModel read(InputStream manifestStream, InputStream weightsStream, ModelFiles files)
            throws IOException {
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
        float[] weights = new float[spec.dims() * k];
        float[] bias = new float[k];
        readLayer(WEIGHTS, weightsStream, spec.dims(), weights, bias);
        Map<String, Object> training = JSON.convertValue(m.path("training"), Map.class);
        Optional<NgramStars> stars = Optional.empty();
        JsonNode s = m.path("stars");
        if (!s.isMissingNode()) {
            String name = s.path("weights").asText(NgramStars.WEIGHTS);
            if (name.contains("/") || name.contains("\\")) {
                throw new IOException(MANIFEST + ": stars.weights must be a file of the folder, got '" + name + "'");
            }
            float[] sw = new float[spec.dims() * NgramStars.STARS];
            float[] sb = new float[NgramStars.STARS];
            try (InputStream in = files.require(name)) {
                readLayer(name, in, spec.dims(), sw, sb);
            }
            Map<String, Object> notes = JSON.convertValue(s.path("training"), Map.class);
            stars = Optional.of(new NgramStars(sw, sb, s.path("temperature").asDouble(1.0),
                    notes == null ? Map.of() : notes));
        }
        return new NgramModel(spec, labels, weights, bias, m.path("maxChars").asInt(1000),
                strings(m.path("languages")), m.path("temperature").asDouble(1.0),
                training == null ? Map.of() : training, stars);
    }

    /** Reads {@code dims x k} float16 weights and {@code k} float32 biases, checking the size first. */
    private static void readLayer(String name, InputStream in, int dims, float[] weights, float[] bias)
            throws IOException {
        int k = bias.length;
        ByteBuffer bytes = ByteBuffer.wrap(in.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN);
        long expected = (long) dims * k * 2 + k * 4L;
        if (bytes.remaining() != expected) {
            throw new IOException(name + " has " + bytes.remaining() + " bytes; the manifest's " + dims
                    + " features x " + k + " outputs need " + expected);
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] = Float.float16ToFloat(bytes.getShort());
        }
        for (int i = 0; i < k; i++) {
            bias[i] = bytes.getFloat();
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(node -> out.add(node.asText()));
        return out;
    }
}
