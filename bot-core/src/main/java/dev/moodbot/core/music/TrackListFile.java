package dev.moodbot.core.music;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.moodbot.core.config.ConfigException;
import java.util.List;
import java.util.Map;

/**
 * The shape of {@code tracks.yaml}, exactly as written; {@link TrackListCheck} turns it into catalog entries. Moods
 * stay strings here so that an unknown one can be reported by name rather than as a Jackson enum error.
 */
record TrackListFile(Map<String, List<Entry>> moods) {

    /** One track as written; the score bounds are optional. */
    record Entry(String title, String artist, String url, Double minScore, Double maxScore) {}

    private static final ObjectMapper MAPPER = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION) // a mood listed twice would silently lose a list
            .build();

    /** Parses the YAML; a syntax error, a wrong type or an unknown key becomes a {@link ConfigException}. */
    static TrackListFile parse(String yaml, String source) {
        if (yaml.isBlank()) {
            throw new ConfigException(source, "an empty file", "the track list needs a top-level 'moods' map");
        }
        TrackListFile file;
        try {
            file = MAPPER.readValue(yaml, TrackListFile.class);
        } catch (JsonProcessingException e) {
            throw new YamlProblem(source, e).toConfigException();
        }
        if (file == null || file.moods() == null) {
            throw new ConfigException(source + ":moods", null, "the track list needs a top-level 'moods' map");
        }
        return file;
    }
}
