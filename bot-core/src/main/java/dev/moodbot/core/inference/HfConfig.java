package dev.moodbot.core.inference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * What moodbot reads from a Hugging Face {@code config.json}.
 *
 * @param labels {@code id2label} in id order
 * @param maxPositions {@code max_position_embeddings}, when given
 * @param activation sigmoid for {@code problem_type: multi_label_classification}, else softmax
 */
record HfConfig(List<String> labels, OptionalInt maxPositions, Activation activation) {

    static HfConfig read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new ModelLoadException("cannot read " + file + ": " + e.getMessage(), e);
        }
        JsonNode id2label = root.path("id2label");
        if (!id2label.isObject() || id2label.isEmpty()) {
            throw new ModelLoadException(file + " has no id2label: a text-classification export names its labels");
        }
        Map<Integer, String> byId = new TreeMap<>();
        id2label.properties().forEach(entry -> byId.put(parseId(file, entry.getKey()), entry.getValue().asText()));
        List<String> labels = new ArrayList<>(byId.values());
        if (!byId.keySet().equals(new java.util.TreeSet<>(java.util.stream.IntStream.range(0, labels.size())
                .boxed().toList()))) {
            throw new ModelLoadException(file + ": id2label ids must run 0.." + (labels.size() - 1) + ", got "
                    + byId.keySet());
        }
        JsonNode positions = root.path("max_position_embeddings");
        Activation activation = root.path("problem_type").asText().equals("multi_label_classification")
                ? Activation.SIGMOID : Activation.SOFTMAX;
        return new HfConfig(labels, positions.isInt() ? OptionalInt.of(positions.asInt()) : OptionalInt.empty(),
                activation);
    }

    /** How many tokens to feed: the position limit, at most 512 (which also covers RoBERTa's 514 offset). */
    int maxTokens() {
        return Math.min(512, maxPositions.orElse(512));
    }

    private static int parseId(Path file, String key) {
        try {
            return Integer.parseInt(key);
        } catch (NumberFormatException e) {
            throw new ModelLoadException(file + ": id2label key '" + key + "' is not a number", e);
        }
    }
}
