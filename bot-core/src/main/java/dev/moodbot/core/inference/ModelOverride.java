package dev.moodbot.core.inference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.moodbot.core.mood.Language;
import dev.moodbot.core.mood.Mood;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The optional {@code moodbot-model.yaml} in a model folder:
 * <pre>
 * labels:              # label (as in config.json's id2label) -> mood, or "ignore"
 *   LABEL_0: sadness
 *   LABEL_1: {mood: joy, stars: 5}
 *   LABEL_2: ignore
 * activation: sigmoid  # optional: softmax | sigmoid (default: from config.json's problem_type)
 * maxTokens: 256       # optional: default min(512, max_position_embeddings)
 * languages: [en, ko]  # optional: languages the model reads; naming ko makes it read Korean itself (no routing)
 * </pre>
 */
record ModelOverride(Map<String, LabelTarget> labels, Optional<Activation> activation, OptionalInt maxTokens,
        Set<Language> languages) {
    static final String FILE = "moodbot-model.yaml";
    private static final Set<String> KEYS = Set.of("labels", "activation", "maxTokens", "languages");

    static ModelOverride none() {
        return new ModelOverride(Map.of(), Optional.empty(), OptionalInt.empty(), Set.of());
    }

    static ModelOverride read(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.exists(file)) {
            return none();
        }
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
            if (root == null || root.isMissingNode() || root.isNull()) {
                return none();
            }
            root.fieldNames().forEachRemaining(key -> {
                if (!KEYS.contains(key)) {
                    throw bad(file, key, "unknown key; known: " + KEYS);
                }
            });
            Map<String, LabelTarget> labels = new LinkedHashMap<>();
            root.path("labels").properties().forEach(e -> labels.put(e.getKey(), target(file, e.getKey(), e.getValue())));
            Optional<Activation> activation = root.has("activation")
                    ? Optional.of(activation(file, root.get("activation").asText())) : Optional.empty();
            OptionalInt maxTokens = root.has("maxTokens") ? OptionalInt.of(root.get("maxTokens").asInt()) : OptionalInt.empty();
            if (maxTokens.isPresent() && maxTokens.getAsInt() < 2) {
                throw bad(file, "maxTokens", "must be >= 2 (got " + maxTokens.getAsInt() + ")");
            }
            Set<Language> languages = EnumSet.noneOf(Language.class);
            for (JsonNode code : root.path("languages")) {
                languages.add(language(file, code.asText()));
            }
            return new ModelOverride(Map.copyOf(labels), activation, maxTokens, Set.copyOf(languages));
        } catch (IOException e) {
            throw new ModelLoadException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static LabelTarget target(Path file, String label, JsonNode value) {
        String moodName = value.isObject() ? value.path("mood").asText() : value.asText();
        if (moodName.equalsIgnoreCase("ignore")) {
            return LabelTarget.ignored();
        }
        Mood mood = Mood.fromKey(moodName).orElseThrow(() -> bad(file, "labels." + label,
                "'" + moodName + "' is not a mood (joy, sadness, anger, fear, surprise, disgust, neutral, ignore)"));
        if (value.isObject() && value.has("stars")) {
            double stars = value.get("stars").asDouble();
            if (stars < 1 || stars > 5) {
                throw bad(file, "labels." + label + ".stars", "must be within 1..5 (got " + stars + ")");
            }
            return LabelTarget.rated(mood, stars);
        }
        return LabelTarget.mood(mood);
    }

    private static Language language(Path file, String code) {
        for (Language language : Language.values()) {
            if (language != Language.OTHER && language.code().equalsIgnoreCase(code.strip())) {
                return language;
            }
        }
        throw bad(file, "languages", "'" + code + "' is not a language moodbot tells apart (en, ko)");
    }

    private static Activation activation(Path file, String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "softmax" -> Activation.SOFTMAX;
            case "sigmoid" -> Activation.SIGMOID;
            default -> throw bad(file, "activation", "must be softmax or sigmoid (got " + name + ")");
        };
    }

    private static ModelLoadException bad(Path file, String key, String problem) {
        return new ModelLoadException(file + ": " + key + ": " + problem);
    }
}
