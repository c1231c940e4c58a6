package dev.moodbot.app.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.moodbot.core.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads {@code moodbot.yaml} into {@link MoodbotConfig}. What the file leaves out keeps its default; an unknown key
 * or a bad value stops start-up with a message naming the key and the value.
 */
public final class ConfigLoader {
    public static final String CONFIG_ENV = "MOODBOT_CONFIG";
    static final Path DEFAULT_FILE = Path.of("config", "moodbot.yaml");

    private final ObjectMapper yaml = JsonMapper.builder(new YAMLFactory())
            .addModule(DurationFormat.module())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();
    private final Map<String, String> env;
    private final List<Path> searched;

    public ConfigLoader(Map<String, String> env) {
        this(env, RuntimeDirs.of(env, System.getProperties()).configFiles());
    }

    /** @param searched the files tried, in order, after {@code config/moodbot.yaml} */
    ConfigLoader(Map<String, String> env, List<Path> searched) {
        this.env = Map.copyOf(env);
        this.searched = List.copyOf(searched);
    }

    /**
     * The file named by {@code --config}, else by {@code MOODBOT_CONFIG}, else the first that exists of
     * {@code config/moodbot.yaml} in the working directory, {@code moodbot.yaml} in the config folder
     * ({@link RuntimeDirs}) and {@code /etc/moodbot/moodbot.yaml}; with none of these, the defaults.
     */
    public MoodbotConfig load(Optional<Path> explicit) {
        Optional<Path> file = explicit.or(() -> Optional.ofNullable(env.get(CONFIG_ENV)).map(Path::of))
                .or(() -> Stream.concat(Stream.of(DEFAULT_FILE), searched.stream())
                        .filter(Files::isRegularFile).findFirst());
        if (file.isEmpty()) {
            return MoodbotConfig.defaults();
        }
        Path path = file.get();
        try {
            return parse(Files.readString(path), path.toString());
        } catch (IOException e) {
            throw new ConfigException("--config", path, "cannot read the file: " + e.getMessage());
        }
    }

    /** Parses YAML text; {@code source} names it in errors. */
    public MoodbotConfig parse(String text, String source) {
        try {
            JsonNode given = yaml.readTree(text);
            ObjectNode merged = yaml.valueToTree(MoodbotConfig.defaults());
            if (given != null && !given.isMissingNode() && !given.isNull()) {
                if (!given.isObject()) {
                    throw new ConfigException(source, given.getNodeType(), "the file must be a YAML mapping");
                }
                merge(merged, (ObjectNode) given);
            }
            return yaml.treeToValue(merged, MoodbotConfig.class);
        } catch (ValueInstantiationException e) {
            if (e.getCause() instanceof ConfigException bad) {
                throw bad;
            }
            throw new ConfigException(path(e), "?", rootMessage(e));
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", "));
            throw new ConfigException(path(e), e.getPropertyName(), "unknown key; known keys here: " + known);
        } catch (InvalidFormatException e) {
            throw new ConfigException(path(e), e.getValue(), "not a valid " + e.getTargetType().getSimpleName());
        } catch (JsonMappingException e) {
            throw new ConfigException(path(e), "?", rootMessage(e));
        } catch (JsonProcessingException e) {
            throw new ConfigException(source, "?", "not valid YAML: " + e.getOriginalMessage());
        }
    }

    private static void merge(ObjectNode target, ObjectNode overrides) {
        Iterator<Map.Entry<String, JsonNode>> fields = overrides.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode existing = target.get(field.getKey());
            if (existing instanceof ObjectNode existingObject && field.getValue() instanceof ObjectNode override) {
                merge(existingObject, override);
            } else {
                target.set(field.getKey(), field.getValue());
            }
        }
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root instanceof JsonProcessingException json ? json.getOriginalMessage() : root.getMessage();
    }
}
