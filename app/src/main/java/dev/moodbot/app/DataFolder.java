package dev.moodbot.app;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where moodbot keeps what it must not lose (the history database and its salt): the one place that decides it,
 * so it can be re-pointed without touching its users. XDG's data home: {@code $XDG_DATA_HOME/moodbot}, else
 * {@code $HOME/.local/share/moodbot}.
 */
final class DataFolder {
    private DataFolder() {}

    static Path of(Map<String, String> env) {
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "moodbot");
        }
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        return Path.of(home, ".local", "share", "moodbot");
    }
}
