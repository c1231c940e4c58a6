package dev.moodbot.app;

import dev.moodbot.core.config.ConfigException;
import dev.moodbot.core.config.Secret;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Secrets from the environment: {@code NAME} itself, or {@code NAME_FILE} naming a file that holds it. */
final class EnvSecrets {
    private final Map<String, String> env;

    EnvSecrets(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /**
     * @throws ConfigException naming {@code NAME_FILE} when that file cannot be read or is empty; the value itself
     *     is never part of the message
     */
    Optional<Secret> read(String name) {
        String direct = env.get(name);
        if (direct != null && !direct.isBlank()) {
            return Optional.of(Secret.of(direct));
        }
        String file = env.get(name + "_FILE");
        if (file == null || file.isBlank()) {
            return Optional.empty();
        }
        try {
            String value = Files.readString(Path.of(file));
            if (value.isBlank()) {
                throw new ConfigException(name + "_FILE", file, "the file is empty");
            }
            return Optional.of(Secret.of(value));
        } catch (IOException e) {
            throw new ConfigException(name + "_FILE", file, "cannot read the file: " + e.getClass().getSimpleName());
        }
    }
}
