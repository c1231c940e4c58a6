package dev.moodbot.core.music;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.moodbot.core.config.ConfigException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Rewrites a Jackson failure for someone editing {@code tracks.yaml}: where ({@code moods.sadness[3].url}), what was
 * found and what belongs there, without Java class names.
 */
record YamlProblem(String source, JsonProcessingException error) {

    ConfigException toConfigException() {
        String path = error instanceof JsonMappingException mapping ? path(mapping) : "";
        String key = path.isEmpty() ? source : source + ":" + path;
        String near = " (near line " + (error.getLocation() == null ? 0 : error.getLocation().getLineNr()) + ")";
        return switch (error) {
            case UnrecognizedPropertyException unknown -> new ConfigException(key, unknown.getPropertyName(),
                    "is not a known key; use " + unknown.getKnownPropertyIds() + near);
            case InvalidFormatException format -> new ConfigException(key, format.getValue(),
                    "must be " + expected(format.getTargetType()) + near);
            case MismatchedInputException mismatch -> new ConfigException(key, "a value of another kind",
                    "must be " + expected(mismatch.getTargetType()) + near);
            default -> new ConfigException(key, firstLine(syntaxMessage()), "is not valid YAML" + near);
        };
    }

    /** Jackson wraps a syntax error inside an entry in a mapping error; the inner message is the useful one. */
    private String syntaxMessage() {
        return error.getCause() instanceof StreamReadException inner ? inner.getOriginalMessage() : error.getOriginalMessage();
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "something else";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list of tracks";
        }
        if (Map.class.isAssignableFrom(type) || type == TrackListFile.class) {
            return "a map from mood to tracks";
        }
        if (type == TrackListFile.Entry.class) {
            return "a track with title, artist and url";
        }
        return Number.class.isAssignableFrom(type) ? "a number" : "text";
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
