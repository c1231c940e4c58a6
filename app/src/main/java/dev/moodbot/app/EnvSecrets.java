package dev.moodbot.app;

import dev.moodbot.core.config.ConfigException;
import dev.moodbot.core.config.Secret;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Secrets come from the environment: {@code NAME}, or a file named by {@code NAME_FILE} (for Docker secrets). */
final class EnvSecrets {
    private EnvSecrets() {}

    static Optional<Secret> read(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value != null && !value.isBlank()) {
            return Optional.of(Secret.of(value));
        }
        String file = env.get(name + "_FILE");
        if (file == null || file.isBlank()) {
            return Optional.empty();
        }
        try {
            String content = Files.readString(Path.of(file.strip()));
            if (content.isBlank()) {
                throw new ConfigException(name + "_FILE", file, "names an empty file");
            }
            return Optional.of(Secret.of(content));
        } catch (IOException e) {
            throw new ConfigException(name + "_FILE", file, "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }
}
