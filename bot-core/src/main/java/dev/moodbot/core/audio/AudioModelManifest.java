package dev.moodbot.core.audio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.moodbot.core.config.ConfigException;
import dev.moodbot.core.mood.Mood;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An audio emotion model folder's {@code moodbot-model.yaml}: what the ONNX file expects and how to read its
 * output. Every field is checked on load and a bad one is named.
 */
record AudioModelManifest(
        Path onnxFile,
        int sampleRate,
        int nMfcc,
        int frames,
        PaddingMode padding,
        InputLayout layout,
        boolean logits,
        List<Mood> labels,
        Map<String, double[]> baselines,
        String baselinePick) {

    static final String FILE = "moodbot-model.yaml";
    static final String NEAREST = "nearest";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    static AudioModelManifest read(Path folder) {
        Path file = folder.resolve(FILE);
        try {
            JsonNode m = YAML.readTree(file.toFile());
            if (m == null || !m.isObject()) {
                throw bad("", "empty", "must be a YAML mapping");
            }
            int sampleRate = positive(m, "sampleRate", 22_050);
            int nMfcc = positive(m, "nMfcc", 13);
            int frames = positive(m, "frames", 100);
            List<Integer> shape = new ArrayList<>();
            m.path("layout").forEach(n -> shape.add(n.asInt()));
            InputLayout layout = shape.isEmpty() ? InputLayout.COEFFICIENTS_FIRST : guard("layout", shape,
                    () -> InputLayout.of(shape, nMfcc, frames));
            PaddingMode padding = guard("padding", m.path("padding").asText("zero"),
                    () -> PaddingMode.fromKey(m.path("padding").asText("zero")));
            String output = m.path("output").asText("logits");
            if (!output.equals("logits") && !output.equals("probabilities")) {
                throw bad("output", output, "must be logits or probabilities");
            }
            Path onnx = folder.resolve(m.path("file").asText("model.onnx"));
            if (!Files.isRegularFile(onnx)) {
                throw bad("file", onnx, "no such ONNX file in the model folder");
            }
            Map<String, double[]> baselines = baselines(m.path("baselines"), nMfcc);
            String pick = m.path("baselinePick").asText(NEAREST);
            if (!baselines.isEmpty() && !pick.equals(NEAREST) && !baselines.containsKey(pick)) {
                throw bad("baselinePick", pick, "must be nearest or one of " + baselines.keySet());
            }
            return new AudioModelManifest(onnx, sampleRate, nMfcc, frames, padding, layout,
                    output.equals("logits"), labels(folder, m), baselines, pick);
        } catch (IOException e) {
            throw bad("", file, "cannot be read: " + e.getMessage());
        }
    }

    private static List<Mood> labels(Path folder, JsonNode m) throws IOException {
        JsonNode list = m.has("labels") ? m.get("labels")
                : JSON.readTree(folder.resolve(m.path("labelsFile").asText("labels.json")).toFile());
        List<Mood> moods = new ArrayList<>();
        for (JsonNode label : list) {
            moods.add(AudioLabels.mood(label.asText())
                    .orElseThrow(() -> bad("labels", label.asText(), "is not a known emotion label")));
        }
        if (moods.isEmpty()) {
            throw bad("labels", list, "must list the model's output labels in order");
        }
        return List.copyOf(moods);
    }

    private static Map<String, double[]> baselines(JsonNode node, int nMfcc) {
        Map<String, double[]> baselines = new LinkedHashMap<>();
        node.properties().forEach(e -> {
            double[] v = new double[e.getValue().size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = e.getValue().get(i).asDouble();
            }
            if (v.length != nMfcc) {
                throw bad("baselines." + e.getKey(), v.length + " numbers", "must have nMfcc = " + nMfcc);
            }
            baselines.put(e.getKey(), v);
        });
        return baselines;
    }

    private static int positive(JsonNode m, String key, int fallback) {
        int value = m.path(key).asInt(fallback);
        if (value < 1) {
            throw bad(key, m.path(key), "must be a positive whole number");
        }
        return value;
    }

    private static <T> T guard(String key, Object value, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw bad(key, value, e.getMessage());
        }
    }

    private static ConfigException bad(String key, Object value, String problem) {
        return new ConfigException("model.audio " + FILE + (key.isEmpty() ? "" : ": " + key), value, problem);
    }
}
