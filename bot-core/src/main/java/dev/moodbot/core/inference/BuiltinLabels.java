package dev.moodbot.core.inference;

import static dev.moodbot.core.mood.Mood.ANGER;
import static dev.moodbot.core.mood.Mood.DISGUST;
import static dev.moodbot.core.mood.Mood.FEAR;
import static dev.moodbot.core.mood.Mood.JOY;
import static dev.moodbot.core.mood.Mood.NEUTRAL;
import static dev.moodbot.core.mood.Mood.SADNESS;
import static dev.moodbot.core.mood.Mood.SURPRISE;

import dev.moodbot.core.mood.Mood;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The label names moodbot maps without being told: star ratings, Ekman's six plus neutral with common synonyms,
 * GoEmotions' 28 labels through its Ekman grouping, and sentiment polarity. Case and separators do not matter.
 */
final class BuiltinLabels {
    private static final Pattern STARS = Pattern.compile("([1-5])[ _-]?stars?");
    private static final Map<String, LabelTarget> NAMES = names();

    private BuiltinLabels() {}

    static Optional<LabelTarget> lookup(String label) {
        String key = label.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
        Matcher stars = STARS.matcher(key.replace(" ", ""));
        if (stars.matches()) {
            return Optional.of(star(Integer.parseInt(stars.group(1))));
        }
        return Optional.ofNullable(NAMES.get(key));
    }

    /**
     * A star rating's mood: 1 anger, 2 sadness, 3 neutral, 4 and 5 joy. The rating's own score is the expected
     * number of stars, so the mood follows where most of the star probability sits.
     */
    static LabelTarget star(int stars) {
        Mood mood = switch (stars) {
            case 1 -> ANGER;
            case 2 -> SADNESS;
            case 3 -> NEUTRAL;
            default -> JOY;
        };
        return LabelTarget.rated(mood, stars);
    }

    private static Map<String, LabelTarget> names() {
        Map<String, LabelTarget> map = new HashMap<>();
        group(map, ANGER, "anger", "angry", "mad", "rage", "annoyed");
        group(map, DISGUST, "disgust", "disgusted", "disgusting");
        group(map, FEAR, "fear", "fearful", "afraid", "scared", "anxiety", "anxious", "worry");
        group(map, JOY, "joy", "happy", "happiness", "joyful", "love", "enjoyment", "fun");
        group(map, SADNESS, "sadness", "sad", "sorrow", "unhappy");
        group(map, SURPRISE, "surprise", "surprised", "surprising");
        group(map, NEUTRAL, "neutral", "calm", "none", "no emotion", "others", "other");
        // GoEmotions' Ekman grouping (google-research goemotions/data/ekman_mapping.json; neutral maps to neutral).
        group(map, ANGER, "annoyance", "disapproval");
        group(map, FEAR, "nervousness");
        group(map, JOY, "amusement", "approval", "excitement", "gratitude", "optimism", "relief", "pride",
                "admiration", "desire", "caring");
        group(map, SADNESS, "disappointment", "embarrassment", "grief", "remorse");
        group(map, SURPRISE, "realization", "confusion", "curiosity");
        // Sentiment polarity carries a score too: positive 5, negative 1 (neutral, above, counts as 3).
        map.put("positive", LabelTarget.rated(JOY, 5));
        map.put("pos", LabelTarget.rated(JOY, 5));
        map.put("negative", LabelTarget.rated(SADNESS, 1));
        map.put("neg", LabelTarget.rated(SADNESS, 1));
        return Map.copyOf(map);
    }

    private static void group(Map<String, LabelTarget> map, Mood mood, String... labels) {
        for (String label : List.of(labels)) {
            map.put(label, LabelTarget.mood(mood));
        }
    }
}
